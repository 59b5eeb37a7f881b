// The Chinese catalog is complete: every source string has a finished translation whose
// placeholders match. Reads translations/*.ts from the source tree.
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void chineseIsComplete();
    void englishCatalogExists();
    void textsAreFiledWhereTheyAreLookedUp();
};

namespace {
struct Message {
    QString context, source, translation;
    bool unfinished = false;
    bool plural = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                current = Message();
                current.context = context;
                current.plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("obsolete")
                    || type == QLatin1String("vanished");
                current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList out;
    auto it = re.globalMatch(s);
    while (it.hasNext())
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}
} // namespace

void TestTranslations::chineseIsComplete()
{
    QString error;
    const QList<Message> messages = readTs(QStringLiteral(SB_SOURCE_DIR "/translations/salesbridge_zh_CN.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 300, "the catalog holds the app's strings (run the update_translations target)");
    QStringList problems;
    for (const Message &m : messages) {
        if (m.unfinished || m.translation.trimmed().isEmpty())
            problems << QStringLiteral("untranslated [%1] %2").arg(m.context, m.source);
        else if (!m.plural && placeholders(m.source) != placeholders(m.translation))
            problems << QStringLiteral("placeholders differ [%1] %2 -> %3").arg(m.context, m.source, m.translation);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(QLatin1Char('\n'))
                                           + QStringLiteral("\n(%1 problems)").arg(problems.size())));
}

void TestTranslations::englishCatalogExists()
{
    QString error;
    const QList<Message> messages = readTs(QStringLiteral(SB_SOURCE_DIR "/translations/salesbridge_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 300);
}

void TestTranslations::textsAreFiledWhereTheyAreLookedUp()
{
    // A text is found at run time only under the context its code looks it up in. A free tr()
    // helper calling QCoreApplication::translate("Context", ...) was filed by lupdate under
    // the namespace around it ("sb", "sb::Op"), so the Tryton connector's and the command
    // line's texts showed in English. They now go through Q_DECLARE_TR_FUNCTIONS classes.
    QString error;
    const QList<Message> messages = readTs(QStringLiteral(SB_SOURCE_DIR "/translations/salesbridge_zh_CN.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto translated = [&messages](const QString &context, const QString &source) {
        for (const Message &m : messages)
            if (m.context == context && m.source == source)
                return !m.unfinished && !m.translation.trimmed().isEmpty();
        return false;
    };
    QVERIFY(translated(QStringLiteral("sb::TrytonConnector"), QStringLiteral("Main line")));
    QVERIFY(translated(QStringLiteral("sb::TrytonConnector"), QStringLiteral("In the ERP this deal already has a quote (state \"%1\"): cancel or confirm that quote there.")));
    QVERIFY(translated(QStringLiteral("CommandLine"), QStringLiteral("Could not log in: %1")));
    // Nothing looks texts up under the bare namespace: whatever lupdate files there is lost.
    QStringList strays;
    for (const Message &m : messages)
        if (m.context == QLatin1String("sb"))
            strays << m.source;
    QVERIFY2(strays.isEmpty(), qPrintable(strays.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
