# Installing SalesBridge like any desktop program: the binary under /usr (app/CMakeLists.txt),
# a .desktop file, icons in the hicolor theme, AppStream metadata and a man page; CPack makes a
# .deb of it with the dependencies dpkg-shlibdeps finds (scripts/package.sh, docs/packaging.md).
include(GNUInstallDirs)

set(SB_APP_ID io.salesbridge.SalesBridge)
set(SB_PACKAGING_SOURCE ${CMAKE_SOURCE_DIR}/resources/packaging)
set(SB_PACKAGING_BINARY ${CMAKE_BINARY_DIR}/packaging)

# `cpack` on a built tree installs what is built instead of building every target (tests and
# benchmarks) first: the package test runs cpack on the tree the suite was built in.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

# Icons: PNGs in the usual sizes, rendered at build time from the one SVG (librsvg2-bin).
find_program(SB_RSVG_CONVERT rsvg-convert)
set(SB_ICON_SIZES 16 22 24 32 48 64 128 256 512)
set(SB_PACKAGING_FILES)
if(SB_RSVG_CONVERT)
  foreach(size ${SB_ICON_SIZES})
    set(png ${SB_PACKAGING_BINARY}/icons/${size}x${size}/salesbridge.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${SB_PACKAGING_BINARY}/icons/${size}x${size}
        COMMAND ${SB_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${SB_PACKAGING_SOURCE}/salesbridge.svg
        DEPENDS ${SB_PACKAGING_SOURCE}/salesbridge.svg
        COMMENT "Rendering the ${size}x${size} icon"
        VERBATIM)
    list(APPEND SB_PACKAGING_FILES ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
else()
  message(WARNING "rsvg-convert (Debian: librsvg2-bin) not found: the package will have no PNG icons. "
                  "scripts/deps.sh installs it.")
endif()
install(FILES ${SB_PACKAGING_SOURCE}/salesbridge.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# The man page and the metainfo carry the version; Debian wants man pages gzipped (-n: the
# same bytes for the same page, whatever the time).
configure_file(${SB_PACKAGING_SOURCE}/salesbridge.1 ${SB_PACKAGING_BINARY}/salesbridge.1 @ONLY)
configure_file(${SB_PACKAGING_SOURCE}/${SB_APP_ID}.metainfo.xml ${SB_PACKAGING_BINARY}/${SB_APP_ID}.metainfo.xml @ONLY)
find_program(SB_GZIP gzip REQUIRED)
add_custom_command(OUTPUT ${SB_PACKAGING_BINARY}/salesbridge.1.gz
    COMMAND ${SB_GZIP} -9nf -k ${SB_PACKAGING_BINARY}/salesbridge.1
    DEPENDS ${SB_PACKAGING_BINARY}/salesbridge.1
    COMMENT "Compressing the man page"
    VERBATIM)
list(APPEND SB_PACKAGING_FILES ${SB_PACKAGING_BINARY}/salesbridge.1.gz)
add_custom_target(sb_packaging_files ALL DEPENDS ${SB_PACKAGING_FILES})

install(FILES ${SB_PACKAGING_SOURCE}/${SB_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${SB_PACKAGING_BINARY}/${SB_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${SB_PACKAGING_BINARY}/salesbridge.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME salesbridge)
set(CPACK_PACKAGE_VENDOR "SalesBridge")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "CRM desktop client for an ERP, an OA and an after-sales system")
# The long description, wrapped as Debian's control file wants it.
string(JOIN "\n" CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "SalesBridge is a desktop CRM for companies whose customer work spans an ERP,"
    "an OA system and an after-sales system: customers, deals, quotes with"
    "approval, orders, shipments and service tickets, from a local cache that"
    "works offline and syncs with Tryton, Request Tracker, CalDAV calendars and"
    "Feishu approvals. Chinese and English.")
# Whoever builds the package for distribution names themselves here.
set(SB_PACKAGE_MAINTAINER "SalesBridge developers <dev@salesbridge.io>" CACHE STRING "The Maintainer field of the .deb")
set(CPACK_PACKAGE_CONTACT ${SB_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${SB_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # salesbridge_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see because Qt loads it as a plugin: the SQLite driver of the
# workspace and the platform plugins (xcb, wayland) without which no window opens.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
# Qt's own dialogs in Chinese; a Secret Service keeps the servers' passwords.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager | keepassxc")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_INSTALL_DIRECTORY salesbridge)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
