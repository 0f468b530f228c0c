#include "state/DemoLocation.h"

#include <QStandardPaths>

QString demoDatasetFolder() {
    // Shared with scripts/run-demo.sh, which generates the same folder with taxa-cli.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/taxa-workbench/demo");
}
