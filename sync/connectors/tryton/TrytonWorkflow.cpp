// Tryton's workflows: the buttons that take a deal, a sale or a complaint from one state to
// another (TrytonMapping.h).
#include "TrytonMapping.h"

namespace sb::tryton {

QStringList opportunityPath(const QString &from, const QString &to)
{
    if (from == to || from == QLatin1String("won") || (from == QLatin1String("converted") && to != QLatin1String("lead")))
        return {};
    if (to == QLatin1String("lead"))
        return {QStringLiteral("lead")};
    if (to == QLatin1String("lost"))
        return from == QLatin1String("cancelled") ? QStringList{QStringLiteral("lead"), QStringLiteral("lost")} : QStringList{QStringLiteral("lost")};
    QStringList path;
    if (from == QLatin1String("lost") || from == QLatin1String("cancelled"))
        path << QStringLiteral("lead");
    if (from != QLatin1String("opportunity"))
        path << QStringLiteral("opportunity");
    if (to == QLatin1String("converted"))
        path << QStringLiteral("convert");
    return path;
}

QStringList salePath(const QString &from, const QString &to)
{
    if (from == to)
        return {};
    if (to == QLatin1String("draft"))
        return from == QLatin1String("quotation") || from == QLatin1String("cancelled") ? QStringList{QStringLiteral("draft")} : QStringList{};
    if (to == QLatin1String("quotation"))
        return from == QLatin1String("draft") ? QStringList{QStringLiteral("quote")} : QStringList{};
    if (to == QLatin1String("cancelled"))
        return from == QLatin1String("draft") || from == QLatin1String("quotation") ? QStringList{QStringLiteral("cancel")} : QStringList{};
    if (to == QLatin1String("confirmed")) {
        if (from == QLatin1String("draft"))
            return {QStringLiteral("quote"), QStringLiteral("confirm")};
        if (from == QLatin1String("quotation"))
            return {QStringLiteral("confirm")};
    }
    return {};
}

QStringList complaintPath(const QString &from, const QString &to)
{
    const bool open = from == QLatin1String("draft") || from == QLatin1String("waiting");
    QStringList path;
    if (from == QLatin1String("draft") && to != QLatin1String("draft"))
        path << QStringLiteral("wait");
    if (open && to == QLatin1String("done"))
        path << QStringLiteral("approve"); // approving runs the complaint's actions, then done
    if (open && to == QLatin1String("rejected"))
        path << QStringLiteral("reject");
    if (to == QLatin1String("draft")
        && (from == QLatin1String("waiting") || from == QLatin1String("rejected") || from == QLatin1String("cancelled")))
        path << QStringLiteral("draft");
    return path;
}

} // namespace sb::tryton
