#include "ActivityForm.h"

#include "ui/common/AppContext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace sb {

namespace activityform {

void fillChoices(QComboBox *box, const Result<QList<Choice>> &choices, qint64 current, AppContext &ctx)
{
    box->clear();
    box->addItem(QCoreApplication::translate("sb::ActivityDialog", "(none)"), qint64(0));
    if (!choices) {
        ctx.reportError(choices.error());
        return;
    }
    for (const Choice &c : choices.value())
        box->addItem(c.label, c.id);
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

QVariant chosenId(const QComboBox *box)
{
    const qint64 v = box->currentData().toLongLong();
    return v > 0 ? QVariant(v) : QVariant();
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("activityError"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    label->hide();
    return label;
}

} // namespace activityform

void FieldRefusal::show(const QString &field, const QString &message)
{
    clear();
    m_label->setText(message);
    QWidget *at = m_fields.value(field);
    // The row that holds the field, alone or in a row of its own (date, time and duration).
    auto holds = [at](QLayoutItem *item) {
        if (!item || !at)
            return false;
        if (QWidget *w = item->widget())
            return w == at || w->isAncestorOf(at);
        if (QLayout *l = item->layout())
            return l->indexOf(at) >= 0;
        return false;
    };
    int row = -1;
    for (int r = 0; r < m_form->rowCount() && row < 0; ++r)
        if (holds(m_form->itemAt(r, QFormLayout::FieldRole)) || holds(m_form->itemAt(r, QFormLayout::SpanningRole)))
            row = r;
    if (row >= 0)
        m_form->insertRow(row + 1, QString(), m_label);
    else
        m_form->addRow(m_label);
    m_label->show();
    QWidget *focus = at ? at : m_form->parentWidget();
    focus->setFocus(Qt::OtherFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(focus))
        edit->selectAll();
}

void FieldRefusal::clear()
{
    int row = -1;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(m_label, &row, &role);
    if (row >= 0) {
        const QFormLayout::TakeRowResult taken = m_form->takeRow(row);
        // The label is kept for the next refusal; only the layout items go.
        if (taken.labelItem)
            delete taken.labelItem->widget();
        delete taken.labelItem;
        delete taken.fieldItem;
    }
    m_label->hide();
}

} // namespace sb
