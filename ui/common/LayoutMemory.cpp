#include "LayoutMemory.h"

#include <QEvent>
#include <functional>
#include <QHeaderView>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QTimer>

namespace sb {

namespace {

const QString kGroup = QStringLiteral("layout");

QString key(const QString &name, const char *what)
{
    return kGroup + QLatin1Char('/') + name + QLatin1Char('/') + QLatin1String(what);
}

// Sizes of the splitter's panes, as the person left them.
QVariantList splitterSizes(const QSplitter *splitter)
{
    QVariantList sizes;
    for (int size : splitter->sizes())
        sizes << size;
    return sizes;
}

// Per logical column: where it shows, its width, whether it is hidden.
QVariantList headerLayout(const QHeaderView *header)
{
    QVariantList layout;
    for (int logical = 0; logical < header->count(); ++logical)
        layout << header->visualIndex(logical) << header->sectionSize(logical) << header->isSectionHidden(logical);
    return layout;
}

bool applyHeaderLayout(QHeaderView *header, const QVariantList &layout)
{
    const int count = header->count();
    if (count == 0 || layout.size() != 3 * count)
        return false; // the list's columns changed since: the saved widths would land on others
    QList<int> logicalAt(count, -1);
    for (int logical = 0; logical < count; ++logical) {
        const int visual = layout.at(3 * logical).toInt();
        if (visual < 0 || visual >= count || logicalAt.at(visual) != -1)
            return false;
        logicalAt[visual] = logical;
    }
    for (int visual = 0; visual < count; ++visual)
        header->moveSection(header->visualIndex(logicalAt.at(visual)), visual);
    const int last = header->logicalIndex(count - 1);
    for (int logical = 0; logical < count; ++logical) {
        header->setSectionHidden(logical, layout.at(3 * logical + 2).toBool());
        const int size = layout.at(3 * logical + 1).toInt();
        // A stretched or fitted column sizes itself; only widths a person can drag come back.
        if (size > 0 && header->sectionResizeMode(logical) == QHeaderView::Interactive
            && !(logical == last && header->stretchLastSection()))
            header->resizeSection(logical, size);
    }
    return true;
}

// Watches the widgets a person drags (splitter handles, a header's sections) and saves after
// the mouse is let go, once the widget has handled the release (a moved column lands then).
class LayoutWatch : public QObject {
public:
    LayoutWatch(QWidget *owner, QString settingsKey, std::function<QVariantList()> read)
        : QObject(owner)
        , m_key(std::move(settingsKey))
        , m_read(std::move(read))
    {
    }
    void watch(QWidget *w) { w->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease)
            QTimer::singleShot(0, this, &LayoutWatch::save);
        return QObject::eventFilter(watched, event);
    }

private:
    void save()
    {
        const QVariantList now = m_read();
        QSettings settings;
        if (settings.value(m_key).toList() != now)
            settings.setValue(m_key, now);
    }

    QString m_key;
    std::function<QVariantList()> m_read;
};

void nameIfUnnamed(QObject *object, const QString &name)
{
    if (object->objectName().isEmpty())
        object->setObjectName(name);
}

} // namespace

bool rememberLayout(QSplitter *splitter, const QString &name)
{
    nameIfUnnamed(splitter, name);
    const QString k = key(name, "splitter");
    auto *watch = new LayoutWatch(splitter, k, [splitter] { return splitterSizes(splitter); });
    for (int i = 1; i < splitter->count(); ++i)
        watch->watch(splitter->handle(i));
    const QVariantList saved = QSettings().value(k).toList();
    if (saved.size() != splitter->count())
        return false;
    QList<int> sizes;
    for (const QVariant &v : saved)
        sizes << qMax(0, v.toInt());
    splitter->setSizes(sizes);
    return true;
}

bool rememberLayout(QHeaderView *header, const QString &name)
{
    nameIfUnnamed(header, name);
    const QString k = key(name, "columns");
    auto *watch = new LayoutWatch(header, k, [header] { return headerLayout(header); });
    watch->watch(header->viewport());
    return applyHeaderLayout(header, QSettings().value(k).toList());
}

void forgetLayouts()
{
    QSettings().remove(kGroup);
}

} // namespace sb
