#include "ModelCsvExport.h"

#include "CsvWriter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QIODevice>

namespace sb {

namespace {
constexpr int kProgressEvery = 256;

QString cancelled() { return QCoreApplication::translate("sb::CsvExport", "The export was cancelled."); }
} // namespace

Status exportModel(QAbstractItemModel &model, QIODevice &out, const std::function<bool(int, int)> &progress)
{
    if (!out.isWritable())
        return Status::fail(QCoreApplication::translate("sb::CsvExport", "The file is not open for writing."));

    const QModelIndex root;
    // Fetch everything first so the total is known; stop if a model claims more but adds nothing.
    while (model.canFetchMore(root)) {
        const int before = model.rowCount(root);
        model.fetchMore(root);
        const int after = model.rowCount(root);
        if (after <= before)
            break;
        if (progress && !progress(0, after))
            return Status::fail(cancelled());
    }

    const int columns = model.columnCount(root);
    const int rows = model.rowCount(root);
    CsvWriter writer(out);
    QStringList cells;
    cells.reserve(columns);
    for (int c = 0; c < columns; ++c)
        cells << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    if (Status s = writer.writeRow(cells); !s)
        return s;

    for (int r = 0; r < rows; ++r) {
        cells.clear();
        for (int c = 0; c < columns; ++c)
            cells << model.data(model.index(r, c, root), Qt::DisplayRole).toString();
        if (Status s = writer.writeRow(cells); !s)
            return s;
        if (progress && (r + 1) % kProgressEvery == 0 && !progress(r + 1, rows))
            return Status::fail(cancelled());
    }
    if (progress && !progress(rows, rows))
        return Status::fail(cancelled());
    return Status::ok();
}

} // namespace sb
