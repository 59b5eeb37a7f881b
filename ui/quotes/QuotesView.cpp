#include "QuotesView.h"

#include "CustomerPicker.h"
#include "QuoteEditor.h"
#include "ui/documents/QuoteDocumentBar.h"
#include "models/domain/Money.h"
#include "models/itemmodels/ListFilters.h"
#include "models/itemmodels/ListModels.h"
#include "models/store/QuoteStore.h"
#include "models/store/SearchStore.h"
#include "ui/common/AppContext.h"
#include "ui/common/LayoutMemory.h"
#include "ui/common/ListPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

QuotesView::QuotesView(AppContext &ctx, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_list(new ListPanel(lists::quotes(ctx.db(), 0, nullptr), this))
    , m_editor(new QuoteEditor(ctx, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_newBar(new QWidget(this))
    , m_newCustomer(new CustomerPicker(ctx.db(), m_newBar))
    , m_newCreate(new QPushButton(tr("Create quote"), m_newBar))
{
    m_list->setSearch(filters::quoteSearch, tr("Filter by quote number or customer"));
    m_list->addView(tr("My quotes"), filters::quotesOwnedBy(ctx.session().user));
    m_list->addView(tr("Pending approval"), filters::quotesPendingApproval());
    m_list->addView(tr("Approved, not ordered"), filters::quotesApprovedNotOrdered());
    QTableView *table = m_list->table();
    table->horizontalHeader()->setStretchLastSection(false);
    // Number, customer, state and total visible beside the editor at 1366 px; the rest scrolls.
    const QFontMetrics fm(table->font());
    m_list->fixColumn(0, fm.horizontalAdvance(QStringLiteral("Q000000-00000")) + 28);
    m_list->fixColumn(1, fm.horizontalAdvance(QStringLiteral("苏州华东精密机械")) + 12);
    m_list->fixColumn(3, fm.horizontalAdvance(formatMoney(Q_INT64_C(99999999), QStringLiteral("USD"))) + 16);

    // The strip Ctrl+N opens: pick the customer, Enter or "Create quote".
    auto *cancel = new QPushButton(tr("Cancel"), m_newBar);
    auto *bar = new QHBoxLayout(m_newBar);
    bar->setContentsMargins(0, 0, 0, 4);
    bar->addWidget(new QLabel(tr("New quote for:"), m_newBar));
    bar->addWidget(m_newCustomer, 1);
    bar->addWidget(m_newCreate);
    bar->addWidget(cancel);
    m_newBar->hide();
    m_newCreate->setEnabled(false);
    connect(m_newCustomer, &CustomerPicker::customerChanged, m_newCreate, [this](qint64 id) { m_newCreate->setEnabled(id > 0); });
    connect(m_newCreate, &QPushButton::clicked, this, [this] {
        if (newQuoteFor(m_newCustomer->customerId()) > 0)
            m_newBar->hide();
    });
    connect(m_newCustomer, &CustomerPicker::customerChanged, this, [this](qint64 id) {
        if (id > 0)
            m_newCreate->setFocus(); // Enter again creates the quote
    });
    connect(cancel, &QPushButton::clicked, m_newBar, &QWidget::hide);

    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({560, 700});
    m_splitter->setChildrenCollapsible(false);
    rememberLayout(m_splitter, QStringLiteral("quotesSplitter"));
    m_list->rememberLayout(QStringLiteral("quoteList"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_newBar);
    layout->addWidget(m_splitter, 1);

    // Ctrl+N reaches newRecord() through the main window's "New record" (one owner per shortcut).

    connect(m_list, &ListPanel::currentChanged, this, &QuotesView::showQuote);
    connect(m_editor, &QuoteEditor::deleteRequested, this, &QuotesView::confirmDelete);
    auto *deleteAction = new QAction(tr("Delete quote"), table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    table->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, [this] {
        if (m_editor->quoteId() > 0)
            confirmDelete(m_editor->quoteId());
    });
    connect(m_list, &ListPanel::errorOccurred, &m_ctx, &AppContext::reportError);
    // Ctrl+P prints the selected quote from the list too, not only from inside the editor, and
    // the list's context menu offers the document actions.
    addAction(m_editor->documentBar()->printAction());
    table->addActions({m_editor->documentBar()->printAction(), m_editor->documentBar()->exportAction(),
                       m_editor->documentBar()->sendAction()});
    connect(m_editor, &QuoteEditor::quoteChanged, this, [this] {
        m_notifying = true;
        m_list->refresh();
        m_notifying = false;
    });
    connect(&m_ctx, &AppContext::recordsChanged, this, [this](const QString &entity) {
        if (m_notifying)
            return;
        if (entity == QLatin1String("quote") || entity == QLatin1String("approval") || entity == QLatin1String("customer")
            || entity == QLatin1String("sync"))
            refresh();
        else if (entity == QLatin1String("product"))
            m_editor->reloadCatalog();
    });
}

void QuotesView::refresh()
{
    m_notifying = true; // the list keeps its selection: no reload of the editor from it
    m_list->refresh();
    m_notifying = false;
    if (!m_editor->isDirty())
        m_editor->reload();
}

void QuotesView::showQuote(qint64 quoteId)
{
    if (m_notifying || quoteId == m_editor->quoteId())
        return;
    // Never lose typed lines and never block with a question: switching quotes saves them.
    if (m_editor->isDirty() && !m_editor->save()) {
        openRecord(m_editor->quoteId()); // stay on the quote that could not be saved, list included
        return;
    }
    m_editor->load(quoteId > 0 ? quoteId : 0);
}

void QuotesView::openRecord(qint64 quoteId)
{
    showQuote(quoteId);
    m_notifying = true;
    m_list->selectId(quoteId, 200);
    m_notifying = false;
}

void QuotesView::newRecord()
{
    m_newCustomer->setCustomer(0);
    m_newBar->show();
    m_newCustomer->setFocus();
}

qint64 QuotesView::newQuoteFor(qint64 customerId)
{
    if (customerId <= 0) {
        m_ctx.reportError(tr("Choose the customer the quote is for."));
        return 0;
    }
    if (m_editor->isDirty() && !m_editor->save())
        return 0;
    auto id = QuoteStore(m_ctx.db()).createDraft(customerId, 0, m_ctx.session().user);
    if (!id) {
        m_ctx.reportError(id.error());
        return 0;
    }
    m_notifying = true;
    m_list->refresh();
    m_ctx.notifyChanged(QStringLiteral("quote"));
    m_notifying = false;
    openRecord(id.value());
    m_editor->addLineButton()->setFocus(); // next: the first line
    return id.value();
}

void QuotesView::confirmDelete(qint64 quoteId)
{
    if (quoteId <= 0 || quoteId != m_editor->quoteId())
        return;
    if (!m_editor->isEditable()) {
        // Said before asking: the store refuses it with the reason.
        if (Status s = QuoteStore(m_ctx.db()).remove(quoteId); !s)
            m_ctx.reportError(s.error());
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete quote"),
                                tr("Delete quote %1?").arg(m_editor->numberText()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteQuote"));
    box->setInformativeText(tr("Until the next sync the deletion can be undone in Pending changes."));
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, quoteId](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            deleteQuote(quoteId);
    });
    box->open();
}

bool QuotesView::deleteQuote(qint64 quoteId)
{
    if (m_editor->quoteId() == quoteId && m_editor->isDirty())
        m_editor->load(0); // its unsaved lines go with it
    if (Status s = QuoteStore(m_ctx.db()).remove(quoteId); !s) {
        m_ctx.reportError(s.error());
        return false;
    }
    if (m_editor->quoteId() == quoteId)
        m_editor->load(0);
    m_notifying = true;
    m_list->refresh();
    m_ctx.notifyChanged(QStringLiteral("quote"));
    m_notifying = false;
    m_ctx.reportInfo(tr("The quote was deleted. Until the next sync, Pending changes can undo it."));
    return true;
}

} // namespace sb
