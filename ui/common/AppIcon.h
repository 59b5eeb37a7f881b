#pragma once

#include <QIcon>

namespace sb {

// The SalesBridge icon (window, tray), drawn in code at every size the platform asks for.
QIcon appIcon();

} // namespace sb
