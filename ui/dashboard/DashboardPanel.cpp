#include "DashboardPanel.h"

#include "models/itemmodels/DashboardTableModel.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPixmap>
#include <QSaveFile>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

DashboardPanel::DashboardPanel(const QString &title, const QString &fileStem, DashboardTableModel *model, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_png(new QToolButton(this))
    , m_csv(new QToolButton(this))
    , m_model(model)
    , m_stem(fileStem)
{
    setObjectName(fileStem);
    setFrameShape(QFrame::StyledPanel);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_title->setFont(f);
    m_png->setText(tr("Export PNG…"));
    m_png->setToolTip(tr("Save this chart as a picture"));
    m_png->setAutoRaise(true);
    m_csv->setText(tr("Export CSV…"));
    m_csv->setToolTip(tr("Save the figures behind this chart for a spreadsheet"));
    m_csv->setAutoRaise(true);
    connect(m_png, &QToolButton::clicked, this, &DashboardPanel::choosePng);
    connect(m_csv, &QToolButton::clicked, this, &DashboardPanel::chooseCsv);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_png);
    head->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(head);

    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(270); // room for a label per rep; the page scrolls in a small window
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // the panel's menu
    m_body = m_view;
    layout->addWidget(m_view, 1);
}

QString DashboardPanel::title() const
{
    return m_title->text();
}

QChart *DashboardPanel::chart() const
{
    return m_view ? m_view->chart() : nullptr;
}

void DashboardPanel::setChart(QChart *chart)
{
    if (!m_view)
        return;
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old; // QChartView::setChart leaves the old chart to its owner
}

void DashboardPanel::setBody(QWidget *body)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    delete layout->replaceWidget(m_body, body); // the old widget's layout item is ours to delete
    delete m_body;
    m_body = body;
    m_view = nullptr;
    body->setParent(this);
    body->setContextMenuPolicy(Qt::NoContextMenu);
    m_png->setToolTip(tr("Save these figures as a picture"));
}

Status DashboardPanel::exportPng(const QString &path) const
{
    const QPixmap picture = m_body->grab();
    if (picture.isNull() || !picture.save(path, "PNG"))
        return Status::fail(tr("Could not save the picture to %1. Check that the folder exists and can be written.")
                                .arg(QDir::toNativeSeparators(path)));
    return Status::ok();
}

Status DashboardPanel::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (Status s = m_model->writeCsv(file); !s) {
        file.cancelWriting();
        return Status::fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), s.error()));
    }
    if (!file.commit())
        return Status::fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::ok();
}

QString DashboardPanel::suggested(const QString &extension) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(QStringLiteral("%1-%2.%3")
                                     .arg(m_stem, QDate::currentDate().toString(Qt::ISODate), extension));
}

void DashboardPanel::choosePng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PNG"), suggested(QStringLiteral("png")),
                                                      tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (Status s = exportPng(path); !s)
        emit failed(s.error());
    else
        emit exported(path);
}

void DashboardPanel::chooseCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested(QStringLiteral("csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportCsv(path); !s)
        emit failed(s.error());
    else
        emit exported(path);
}

void DashboardPanel::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(m_png->text(), this, &DashboardPanel::choosePng);
    menu.addAction(m_csv->text(), this, &DashboardPanel::chooseCsv);
    menu.exec(event->globalPos());
}

} // namespace sb
