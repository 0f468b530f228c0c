// The Qt side of core's run folder (train/RunFolder.h, RunSummary.h, MetricsTail.h): the
// format is read there; here its types become the ones the views and models hold.

#include "state/RunFolder.h"

#include <QFile>
#include <QFileInfo>
#include <chrono>

#include "train/MetricsTail.h"
#include "train/RunSummary.h"

namespace {

QString qtString(const std::string& s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Invalid for the clock's epoch, which core gives when neither file exists.
QDateTime dateTimeOf(std::chrono::system_clock::time_point t) {
    if (t == std::chrono::system_clock::time_point{}) return {};
    using std::chrono::milliseconds;
    return QDateTime::fromMSecsSinceEpoch(
        std::chrono::duration_cast<milliseconds>(t.time_since_epoch()).count());
}

RunInfo infoOf(const taxa::RunSummary& s) {
    RunInfo r;
    const QFileInfo dir(QFile::decodeName(QByteArray::fromStdString(s.dir)));
    r.path = dir.absoluteFilePath();
    r.name = dir.fileName();
    r.modified = dateTimeOf(s.modified);
    r.configJson = qtString(s.configJson);
    r.config = s.config;
    r.error = qtString(s.error);
    r.epochsDone = s.epochsDone;
    r.bestTop1 = s.bestTop1;
    r.hasLast = s.hasLast;
    r.hasBest = s.hasBest;
    return r;
}

}  // namespace

// Paths go to core in the local 8-bit encoding, as QFile would open them.
taxa::RunFolder runFolder(const QString& dir) {
    return taxa::RunFolder(QFile::encodeName(dir).toStdString());
}

QString qtPath(const std::string& path) {
    return QFile::decodeName(QByteArray::fromStdString(path));
}

std::optional<taxa::RunFolder> runOfCheckpoint(const QString& checkpoint) {
    return taxa::RunFolder::ofCheckpoint(QFile::encodeName(checkpoint).toStdString());
}

std::optional<taxa::RunFolder> runOfPredictions(const QString& file) {
    return taxa::RunFolder::ofPredictions(QFile::encodeName(file).toStdString());
}

bool holdsRun(const QString& dir) {
    return QFileInfo::exists(qtPath(runFolder(dir).config()));
}

RunInfo readRunInfo(const QString& folder) {
    return infoOf(taxa::readRunSummary(runFolder(folder)));
}

std::vector<RunInfo> scanRuns(const QString& root) {
    std::vector<RunInfo> runs;
    for (const taxa::RunSummary& s : taxa::scanRunFolders(QFile::encodeName(root).toStdString()))
        runs.push_back(infoOf(s));
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
    taxa::MetricsTail read = taxa::readMetricsTail(runFolder(folder), offset);
    MetricsTail tail;
    tail.steps = std::move(read.steps);
    tail.epochs = std::move(read.epochs);
    tail.offset = read.offset;
    return tail;
}
