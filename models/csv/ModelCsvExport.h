#pragma once

#include "models/store/Result.h"

#include <functional>

class QAbstractItemModel;
class QIODevice;

namespace sb {

// Writes a table model as CSV (see CsvWriter: UTF-8 with BOM, CRLF, formula guard): a header
// row from headerData(Horizontal, DisplayRole), then each row's DisplayRole text, so the file
// shows what the person saw. Lazily loaded models are fetched completely first.
// progress(done, total) is called every few hundred rows and at the end; returning false
// stops the export with an error (the device then holds a partial file: the caller drops it).
Status exportModel(QAbstractItemModel &model, QIODevice &out,
                   const std::function<bool(int done, int total)> &progress = {});

} // namespace sb
