#pragma once

#include "models/store/Retention.h"

#include <QGroupBox>

class QPushButton;
class QSpinBox;

namespace sb {

// The Sync tab's "History kept in the workspace" box: how long and how much of the sync log and
// of the changes already sent the workspace keeps (RetentionPolicy, QSettings "retention/...").
// The next sync cycle prunes with what apply() saved. Changes not sent yet are never pruned.
class RetentionSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit RetentionSettingsBox(QWidget *parent = nullptr);

    RetentionPolicy policy() const; // as the form shows it
    void setPolicy(const RetentionPolicy &policy);
    bool isChanged() const; // differs from what is saved
    void apply();           // saves the form (RetentionPolicy::save)
    void resetToDefaults(); // the form shows the defaults; apply() saves them

    QSpinBox *logDays() const { return m_logDays; }
    QSpinBox *logRows() const { return m_logRows; }
    QSpinBox *historyDays() const { return m_historyDays; }
    QSpinBox *historyRows() const { return m_historyRows; }
    QPushButton *resetButton() const { return m_reset; }

private:
    QSpinBox *daysBox(const QString &name);
    QSpinBox *rowsBox(const QString &name, const QString &unit);

    QSpinBox *m_logDays;
    QSpinBox *m_logRows;
    QSpinBox *m_historyDays;
    QSpinBox *m_historyRows;
    QPushButton *m_reset;
    RetentionPolicy m_saved;
};

} // namespace sb
