#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace sb {

class AppContext;

// Adds an address to a customer (addressId 0) or edits one: its kind (Office, Invoice,
// Delivery), street, city, province, postal code, country and whether it is the default of its
// kind. What the store refuses is said under the form and the field at fault gets the focus.
class AddressDialog : public QDialog {
    Q_OBJECT
public:
    AddressDialog(AppContext &ctx, qint64 customerId, qint64 addressId, QWidget *parent = nullptr);

    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *streetEdit() const { return m_street; }
    QLineEdit *cityEdit() const { return m_city; }
    QLineEdit *postalCodeEdit() const { return m_postalCode; }
    QCheckBox *defaultBox() const { return m_default; }
    QLabel *errorLabel() const { return m_error; }
    qint64 addressId() const { return m_addressId; }
    void accept() override;

private:
    void load();
    QVariantMap fields() const;
    void refuse(const QString &field, const QString &message);

    AppContext &m_ctx;
    qint64 m_customerId;
    qint64 m_addressId;
    QComboBox *m_kind;
    QLineEdit *m_street;
    QLineEdit *m_city;
    QLineEdit *m_province;
    QLineEdit *m_postalCode;
    QLineEdit *m_country;
    QCheckBox *m_default;
    QLabel *m_error;
};

} // namespace sb
