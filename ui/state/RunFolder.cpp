#include "state/RunFolder.h"

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

// Calls @p onEpoch / @p onStep for each parseable line of @p text.
template <typename Epoch, typename Step>
void forEachRecord(const QByteArray& text, Epoch onEpoch, Step onStep) {
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

// The same for each parseable line of metrics.jsonl.
template <typename Epoch, typename Step>
void forEachMetric(const QString& folder, Epoch onEpoch, Step onStep) {
    QByteArray text;
    if (readWhole(folder + QStringLiteral("/metrics.jsonl"), text))
        forEachRecord(text, onEpoch, onStep);
}

double number(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toDouble();
}

taxa::StepMetrics stepOf(const QJsonObject& o) {
    taxa::StepMetrics m;
    m.step = static_cast<int64_t>(number(o, "step"));
    m.stage = static_cast<int>(number(o, "stage"));
    m.epoch = static_cast<int>(number(o, "epoch"));
    m.batch = static_cast<int64_t>(number(o, "batch"));
    m.loss = number(o, "loss");
    m.lr = number(o, "lr");
    m.trainTop1 = number(o, "train_top1");
    m.trainTop3 = number(o, "train_top3");
    m.imagesPerSecond = number(o, "images_per_second");
    return m;
}

taxa::EpochMetrics epochOf(const QJsonObject& o) {
    taxa::EpochMetrics m;
    m.stage = static_cast<int>(number(o, "stage"));
    m.stageName = o.value(QLatin1String("stage_name")).toString().toStdString();
    m.epoch = static_cast<int>(number(o, "epoch"));
    m.globalEpoch = static_cast<int>(number(o, "global_epoch"));
    m.step = static_cast<int64_t>(number(o, "step"));
    m.loss = number(o, "loss");
    m.lr = number(o, "lr");
    m.trainTop1 = number(o, "train_top1");
    m.trainTop3 = number(o, "train_top3");
    m.valTop1 = number(o, "val_top1");
    m.valTop3 = number(o, "val_top3");
    m.evalSet = o.value(QLatin1String("eval_set")).toString().toStdString();
    m.imagesPerSecond = number(o, "images_per_second");
    m.dataWaitShare = number(o, "data_wait_share");
    m.seconds = number(o, "seconds");
    m.badImages = static_cast<int64_t>(number(o, "bad_images"));
    m.valBadImages = static_cast<int64_t>(number(o, "val_bad_images"));
    return m;
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
    return metricsOf(readMetricsTail(folder, 0));
}

RunMetrics metricsOf(const MetricsTail& tail) {
    RunMetrics m;
    for (const taxa::EpochMetrics& e : tail.epochs) {
        m.epoch << e.globalEpoch;
        m.epochStep << double(e.step);
        m.valTop1 << e.valTop1;
        m.valTop3 << e.valTop3;
        m.trainTop1 << e.trainTop1;
    }
    for (const taxa::StepMetrics& s : tail.steps) {
        m.step << double(s.step);
        m.loss << s.loss;
        m.lr << s.lr;
    }
    return m;
}

MetricsTail readMetricsTail(const QString& folder, qint64 offset) {
    MetricsTail tail;
    tail.offset = offset;
    const QString path = folder + QStringLiteral("/metrics.jsonl");
    // QFile would block opening a FIFO; the trainer only ever writes a regular file.
    if (!QFileInfo(path).isFile()) return tail;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return tail;
    // A resumed run first cuts the lines after its checkpoint: go on from the new end.
    if (file.size() < offset) tail.offset = offset = file.size();
    if (!file.seek(offset)) return tail;
    const QByteArray text = file.readAll();
    const qsizetype end = text.lastIndexOf('\n') + 1;  // 0: no whole line yet
    tail.offset = offset + end;
    forEachRecord(
        text.left(end), [&tail](const QJsonObject& o) { tail.epochs.push_back(epochOf(o)); },
        [&tail](const QJsonObject& o) { tail.steps.push_back(stepOf(o)); });
    return tail;
}
