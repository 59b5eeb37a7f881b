#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace sb {

class AppContext;
class ListPanel;

// The open conflicts and the decision on one of them: the base, mine and theirs values side
// by side, then Keep mine / Take theirs / Edit… (an inline editor for the value). A record
// deleted on the server while edited here offers Keep (send it again) / Delete here.
class ConflictPanel : public QWidget {
    Q_OBJECT
public:
    explicit ConflictPanel(AppContext &ctx, QWidget *parent = nullptr);

    ListPanel *list() const { return m_list; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    QPushButton *takeTheirsButton() const { return m_takeTheirs; }
    QPushButton *editButton() const { return m_edit; }
    QLineEdit *valueEditor() const { return m_editor; }
    QPushButton *saveValueButton() const { return m_saveValue; }

public slots:
    void refresh();

private:
    void showConflict(qint64 conflictId);
    void keepMine();
    void takeTheirs();
    void startEdit();
    void saveEdit();
    void finishDecision(bool ok, const QString &error);

    AppContext &m_ctx;
    ListPanel *m_list;
    QWidget *m_detail;
    QLabel *m_title;
    QLabel *m_base;
    QLabel *m_mine;
    QLabel *m_theirs;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_edit;
    QWidget *m_editRow;
    QLineEdit *m_editor;
    QPushButton *m_saveValue;
    qint64 m_current = -1;
    QString m_entity;
};

} // namespace sb
