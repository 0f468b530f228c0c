#include "state/DatasetSource.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
const QString kFilesPrefix = QStringLiteral("files:");

QString tr(const char* text) {
    return QCoreApplication::translate("DatasetSource", text);
}
}  // namespace

DatasetSource DatasetSource::fromFolder(const QString& folder) {
    return {QFileInfo(folder).absoluteFilePath(), {}};
}

DatasetSource DatasetSource::fromFiles(const QStringList& files) {
    DatasetSource s;
    for (const QString& f : files)
        s.files << QFileInfo(f).absoluteFilePath();
    return s;
}

DatasetSource DatasetSource::fromSetting(const QString& entry) {
    if (entry.startsWith(kFilesPrefix))
        return fromFiles(
            entry.mid(kFilesPrefix.size()).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    return {entry, {}};
}

QString DatasetSource::toSetting() const {
    return files.isEmpty() ? folder : kFilesPrefix + files.join(QLatin1Char('\n'));
}

QString DatasetSource::displayName() const {
    if (files.isEmpty()) return QFileInfo(folder).fileName();
    QStringList names;
    for (const QString& f : files)
        names << QFileInfo(f).fileName();
    return names.join(QStringLiteral(", "));
}

bool DatasetSource::toDatasetFiles(taxa::DatasetFiles* out, QString* error) const {
    taxa::DatasetFiles result;
    bool year2017 = false, year2018 = false, year2019 = false, mini = false;
    for (const QString& path : files) {
        const QString name = QFileInfo(path).fileName().toLower();
        const std::string p = path.toStdString();
        year2017 = year2017 || name.contains(QLatin1String("2017"));
        year2018 = year2018 || name.contains(QLatin1String("2018"));
        year2019 = year2019 || name.contains(QLatin1String("2019"));
        mini = mini || name.contains(QLatin1String("train_mini"));
        const bool train = name.contains(QLatin1String("train"));
        const bool val = name.contains(QLatin1String("val"));
        if (name.contains(QLatin1String("categories"))) {
            result.categories = p;
        } else if (name.contains(QLatin1String("location"))) {
            if (train)
                result.trainLocations = p;
            else if (val)
                result.valLocations = p;
            else {
                *error = tr("%1: a locations file must name its split (train or val)").arg(path);
                return false;
            }
        } else if (train) {
            result.train = p;
        } else if (val) {
            result.val = p;
        } else if (name.contains(QLatin1String("test"))) {
            result.test = p;
        } else {
            *error = tr("%1: cannot tell which part of a dataset this is; expected a name like "
                        "train2018.json, val2018.json, test2018.json or categories.json")
                         .arg(path);
            return false;
        }
    }
    if (result.train.empty()) {
        *error = tr("Choose at least a train annotation file (such as train2018.json)");
        return false;
    }
    result.root = QFileInfo(QString::fromStdString(result.train)).absolutePath().toStdString();
    result.layout = year2017   ? taxa::Layout::Inat2017
                    : year2018 ? taxa::Layout::Inat2018
                    : year2019 ? taxa::Layout::Inat2019
                    : mini     ? taxa::Layout::Inat2021Mini
                               : taxa::Layout::Inat2021;
    *out = std::move(result);
    return true;
}
