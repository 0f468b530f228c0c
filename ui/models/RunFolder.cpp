#include "models/RunFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <exception>

namespace {

// Calls @p onEpoch / @p onStep for each parseable line of metrics.jsonl.
template <typename Epoch, typename Step>
void forEachMetric(const QString& folder, Epoch onEpoch, Step onStep) {
    QFile file(folder + QStringLiteral("/metrics.jsonl"));
    if (!file.open(QIODevice::ReadOnly)) return;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
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
    QFile config(folder + QStringLiteral("/config.json"));
    if (config.open(QIODevice::ReadOnly)) {
        r.configJson = QString::fromUtf8(config.readAll());
        try {
            r.config = taxa::TrainConfig::fromJson(r.configJson.toStdString(),
                                                   config.fileName().toStdString());
        } catch (const std::exception& e) {
            r.error = QString::fromUtf8(e.what());
        }
    } else {
        r.error = config.errorString();
    }
    const QFileInfo metrics(folder + QStringLiteral("/metrics.jsonl"));
    r.modified = (metrics.exists() ? metrics : QFileInfo(config)).lastModified();
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
