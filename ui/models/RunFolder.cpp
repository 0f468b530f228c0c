#include "models/RunFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <exception>
#include <string>

#include "util/RegularFile.h"

namespace {

// Through the core's reader: a FIFO or a device named config.json or metrics.jsonl is refused
// at once (QFile would block in open()); on failure @p error says why.
bool readWhole(const QString& path, QByteArray& out, QString* error = nullptr) {
    try {
        const std::string bytes = taxa::readRegularFile(QFile::encodeName(path).toStdString());
        out = QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
        return true;
    } catch (const taxa::Error& e) {
        if (error) *error = QString::fromUtf8(e.what());
        return false;
    }
}

// Calls @p onEpoch / @p onStep for each parseable line of metrics.jsonl.
template <typename Epoch, typename Step>
void forEachMetric(const QString& folder, Epoch onEpoch, Step onStep) {
    QByteArray text;
    if (!readWhole(folder + QStringLiteral("/metrics.jsonl"), text)) return;
    for (const QByteArray& line : text.split('\n')) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) continue;
        const QJsonObject o = doc.object();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("epoch"))
            onEpoch(o);
        else if (type == QLatin1String("step"))
            onStep(o);
    }
}

}  // namespace

RunInfo readRunInfo(const QString& folder) {
    RunInfo r;
    const QFileInfo dir(folder);
    r.path = dir.absoluteFilePath();
    r.name = dir.fileName();
    const QString configPath = folder + QStringLiteral("/config.json");
    QByteArray configText;
    if (readWhole(configPath, configText, &r.error)) {
        r.configJson = QString::fromUtf8(configText);
        try {
            r.config = taxa::TrainConfig::fromJson(configText.toStdString(),
                                                   QFile::encodeName(configPath).toStdString());
        } catch (const std::exception& e) {
            r.error = QString::fromUtf8(e.what());
        }
    }
    const QFileInfo metrics(folder + QStringLiteral("/metrics.jsonl"));
    r.modified = (metrics.exists() ? metrics : QFileInfo(configPath)).lastModified();
    forEachMetric(
        folder,
        [&r](const QJsonObject& o) {
            // A resumed run may log an epoch twice if it was killed after logging it.
            r.epochsDone = std::max(r.epochsDone, o.value(QLatin1String("global_epoch")).toInt());
            r.bestTop1 = std::max(r.bestTop1, o.value(QLatin1String("val_top1")).toDouble());
        },
        [](const QJsonObject&) {});
    r.hasLast = QFileInfo::exists(folder + QStringLiteral("/checkpoints/last.pt"));
    r.hasBest = QFileInfo::exists(folder + QStringLiteral("/checkpoints/best.pt"));
    return r;
}

std::vector<RunInfo> scanRuns(const QString& root) {
    std::vector<RunInfo> runs;
    const QDir dir(root);
    for (const QFileInfo& sub : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (QFileInfo::exists(sub.absoluteFilePath() + QStringLiteral("/config.json")))
            runs.push_back(readRunInfo(sub.absoluteFilePath()));
    std::stable_sort(runs.begin(), runs.end(), [](const RunInfo& a, const RunInfo& b) {
        return a.modified != b.modified ? a.modified > b.modified : a.name > b.name;
    });
    return runs;
}

RunMetrics readRunMetrics(const QString& folder) {
    RunMetrics m;
    forEachMetric(
        folder,
        [&m](const QJsonObject& o) {
            m.epoch << o.value(QLatin1String("global_epoch")).toDouble();
            m.epochStep << o.value(QLatin1String("step")).toDouble();
            m.valTop1 << o.value(QLatin1String("val_top1")).toDouble();
            m.valTop3 << o.value(QLatin1String("val_top3")).toDouble();
            m.trainTop1 << o.value(QLatin1String("train_top1")).toDouble();
        },
        [&m](const QJsonObject& o) {
            m.step << o.value(QLatin1String("step")).toDouble();
            m.loss << o.value(QLatin1String("loss")).toDouble();
            m.lr << o.value(QLatin1String("lr")).toDouble();
        });
    return m;
}
