#pragma once

#include "models/store/ActivityStore.h"

#include <QHash>
#include <QString>

class QComboBox;
class QFormLayout;
class QLabel;
class QWidget;

namespace sb {

class AppContext;

// What the activity report and the schedule form share: the choice boxes (a contact, an
// opportunity) and the way a refusal of ActivityStore is shown on the field at fault.
namespace activityform {

// "(none)" and the choices; current is selected (the first row when it is not listed). A failed
// read is reported and leaves only "(none)".
void fillChoices(QComboBox *box, const Result<QList<Choice>> &choices, qint64 current, AppContext &ctx);
// The id chosen in a box filled by fillChoices; null for "(none)".
QVariant chosenId(const QComboBox *box);
// The label that says what is wrong, red, hidden until needed.
QLabel *makeErrorLabel(QWidget *parent);

} // namespace activityform

// Shows a store's refusal right under the field it is about, in the form: the message moves to
// the row below that field, the field gets the focus (its text selected) and the message goes as
// soon as the person changes anything (clear()). Fields not in the map show at the bottom.
class FieldRefusal {
public:
    FieldRefusal(QFormLayout *form, QLabel *label) : m_form(form), m_label(label) {}
    void map(const QString &field, QWidget *widget) { m_fields.insert(field, widget); }
    void show(const QString &field, const QString &message);
    void clear();

private:
    QFormLayout *m_form;
    QLabel *m_label;
    QHash<QString, QWidget *> m_fields;
};

} // namespace sb
