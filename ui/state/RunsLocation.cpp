#include "state/RunsLocation.h"

#include <QDateTime>
#include <QFileInfo>
#include <QStandardPaths>

QString runsFolder() {
    // Next to the demo dataset, so that one folder holds everything the app writes.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/taxa-workbench/runs");
}

QString newRunFolder() {
    const QString stem =
        runsFolder() + QLatin1Char('/') +
        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd_HH-mm-ss"));
    QString path = stem;
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = stem + QStringLiteral("-%1").arg(i);
    return path;
}
