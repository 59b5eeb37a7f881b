#pragma once

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sb {

class AppContext;

// New / edit customer. Saves through CustomerStore (row + outbox entry in one transaction);
// a refused save keeps the dialog open with the reason, so nothing typed is lost.
class CustomerDialog : public QDialog {
    Q_OBJECT
public:
    // customerId 0: a new customer (with an optional primary contact).
    CustomerDialog(AppContext &ctx, qint64 customerId, QWidget *parent = nullptr);

    qint64 customerId() const { return m_id; }
    void accept() override;

signals:
    void saved(qint64 customerId);

private:
    void load();
    QVariantMap fields() const;

    AppContext &m_ctx;
    qint64 m_id;
    QLineEdit *m_name, *m_shortName, *m_code, *m_industry, *m_region, *m_owner, *m_tags;
    QComboBox *m_grade, *m_status;
    QDoubleSpinBox *m_credit;
    QPlainTextEdit *m_notes;
    QLineEdit *m_contactName = nullptr, *m_contactTitle = nullptr, *m_contactPhone = nullptr, *m_contactEmail = nullptr;
    QLabel *m_error;
};

} // namespace sb
