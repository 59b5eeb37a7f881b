#include "RetentionSettings.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace sb {

RetentionSettingsBox::RetentionSettingsBox(QWidget *parent)
    : QGroupBox(tr("History kept in the workspace"), parent)
    , m_logDays(daysBox(QStringLiteral("retentionLogDays")))
    , m_logRows(rowsBox(QStringLiteral("retentionLogRows"), tr(" entries")))
    , m_historyDays(daysBox(QStringLiteral("retentionHistoryDays")))
    , m_historyRows(rowsBox(QStringLiteral("retentionHistoryRows"), tr(" changes")))
    , m_reset(new QPushButton(tr("Reset to &defaults"), this))
{
    setObjectName(QStringLiteral("retentionSettings"));
    m_reset->setObjectName(QStringLiteral("retentionReset"));
    const RetentionPolicy defaults;
    m_reset->setToolTip(tr("Sync log: %1 days, at most %2 entries; sent changes: %3 days, at most %4")
                            .arg(QLocale().toString(defaults.syncLogDays), QLocale().toString(defaults.syncLogMaxRows),
                                 QLocale().toString(defaults.historyDays), QLocale().toString(defaults.historyMaxRows)));
    auto *grid = new QGridLayout(this);
    auto row = [this, grid](int r, const QString &text, QSpinBox *days, QSpinBox *rows) {
        auto *label = new QLabel(text, this);
        label->setBuddy(days);
        auto *most = new QLabel(tr("and at most"), this);
        most->setBuddy(rows);
        grid->addWidget(label, r, 0);
        grid->addWidget(days, r, 1);
        grid->addWidget(most, r, 2);
        grid->addWidget(rows, r, 3);
    };
    row(0, tr("Keep the sync &log for"), m_logDays, m_logRows);
    row(1, tr("Keep &sent changes for"), m_historyDays, m_historyRows);
    grid->setColumnStretch(4, 1);
    auto *note = new QLabel(tr("After each sync, older entries are removed so the workspace does not grow without end. "
                               "Changes not sent yet are never removed. These limits apply to every workspace on this "
                               "computer, from the next sync on."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    grid->addWidget(note, 2, 0, 1, 5);
    grid->addWidget(m_reset, 3, 0, 1, 2, Qt::AlignLeft);
    connect(m_reset, &QPushButton::clicked, this, &RetentionSettingsBox::resetToDefaults);
    setTabOrder(m_logDays, m_logRows);
    setTabOrder(m_logRows, m_historyDays);
    setTabOrder(m_historyDays, m_historyRows);
    setTabOrder(m_historyRows, m_reset);
    m_saved = RetentionPolicy::load();
    setPolicy(m_saved);
}

QSpinBox *RetentionSettingsBox::daysBox(const QString &name)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(name);
    box->setRange(RetentionPolicy::kMinDays, RetentionPolicy::kMaxDays);
    box->setSuffix(tr(" days"));
    box->setGroupSeparatorShown(true);
    return box;
}

QSpinBox *RetentionSettingsBox::rowsBox(const QString &name, const QString &unit)
{
    auto *box = new QSpinBox(this);
    box->setObjectName(name);
    box->setRange(RetentionPolicy::kMinRows, RetentionPolicy::kMaxRows);
    box->setSingleStep(1000);
    box->setSuffix(unit);
    box->setGroupSeparatorShown(true);
    return box;
}

RetentionPolicy RetentionSettingsBox::policy() const
{
    RetentionPolicy p;
    p.syncLogDays = m_logDays->value();
    p.syncLogMaxRows = m_logRows->value();
    p.historyDays = m_historyDays->value();
    p.historyMaxRows = m_historyRows->value();
    return p;
}

void RetentionSettingsBox::setPolicy(const RetentionPolicy &p)
{
    m_logDays->setValue(p.syncLogDays);
    m_logRows->setValue(p.syncLogMaxRows);
    m_historyDays->setValue(p.historyDays);
    m_historyRows->setValue(p.historyMaxRows);
}

bool RetentionSettingsBox::isChanged() const
{
    const RetentionPolicy p = policy();
    return p.syncLogDays != m_saved.syncLogDays || p.syncLogMaxRows != m_saved.syncLogMaxRows
        || p.historyDays != m_saved.historyDays || p.historyMaxRows != m_saved.historyMaxRows;
}

void RetentionSettingsBox::apply()
{
    const RetentionPolicy p = policy();
    RetentionPolicy::save(p);
    m_saved = p;
}

void RetentionSettingsBox::resetToDefaults()
{
    setPolicy(RetentionPolicy());
}

} // namespace sb
