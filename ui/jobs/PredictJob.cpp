#include "jobs/PredictJob.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include "engine/Engine.h"
#include "state/ReportCsv.h"
#include "util/AtomicFile.h"

namespace {

// Where a checkpoint's run keeps predictions: RUN/predictions for RUN/checkpoints/x.pt.
QString predictionsFolder(const QString& checkpoint) {
    QDir dir = QFileInfo(checkpoint).absoluteDir();
    if (dir.dirName() != QLatin1String("checkpoints") || !dir.cdUp()) return {};
    return dir.absoluteFilePath(QStringLiteral("predictions"));
}

// The checkpoint of saved predictions RUN/predictions/F: RUN/checkpoints/best.pt, if there.
QString runCheckpoint(const QString& predictions) {
    QDir dir = QFileInfo(predictions).absoluteDir();
    if (dir.dirName() != QLatin1String("predictions") || !dir.cdUp()) return {};
    const QFileInfo best(dir.absoluteFilePath(QStringLiteral("checkpoints/best.pt")));
    return best.isFile() ? best.absoluteFilePath() : QString();
}

// As taxa-cli predict names them, so either tool finds the other's.
QString savePredictions(const taxa::PredictionSet& p, const taxa::Dataset& ds,
                        const QString& folder) {
    if (folder.isEmpty() || !QDir().mkpath(folder)) return {};
    const QString saved = folder + QStringLiteral("/val.csv");
    taxa::writeFileAtomic(saved.toStdString(), taxa::toKaggleCsv(p, ds));
    taxa::writeFileAtomic((folder + QStringLiteral("/val.topk.csv")).toStdString(),
                          taxa::toTopkCsv(p, ds));
    return saved;
}

}  // namespace

AnalysisWork PredictJob::readFile(const QString& path) {
    return [path](const LoadedDataset& data, const taxa::ProgressFn&) {
        auto r = AnalysisResult::fromFile(data, path);
        r->checkpoint = runCheckpoint(path);
        return r;
    };
}

AnalysisWork PredictJob::analyse(taxa::PredictionSet predictions, const QString& label) {
    auto shared = std::make_shared<taxa::PredictionSet>(std::move(predictions));
    return [shared, label](const LoadedDataset& data, const taxa::ProgressFn&) {
        return AnalysisResult::compute(data, std::move(*shared), label);
    };
}

AnalysisWork PredictJob::predict(const QString& checkpoint) {
    const QString label = checkpointLabel(checkpoint);
    return [checkpoint, label](const LoadedDataset& data, const taxa::ProgressFn& progress) {
        taxa::PredictOptions o;
        o.checkpoints = {checkpoint.toStdString()};
        taxa::PredictionSet p = taxa::engine::predict(data.dataset, taxa::Split::Val, o, progress);
        const QString saved = savePredictions(p, data.dataset, predictionsFolder(checkpoint));
        auto r = AnalysisResult::compute(data, std::move(p), label);
        r->source = saved;
        r->checkpoint = QFileInfo(checkpoint).absoluteFilePath();
        return r;
    };
}

QString PredictJob::checkpointLabel(const QString& checkpoint) {
    const QFileInfo info(checkpoint);
    if (predictionsFolder(checkpoint).isEmpty()) return info.fileName();
    return QStringLiteral("%1/%2").arg(
        info.absoluteDir().absolutePath().section(QLatin1Char('/'), -2, -2), info.fileName());
}

PredictJob::RunSource PredictJob::runSource(const QString& runDir) {
    const QFileInfo best(runDir + QStringLiteral("/checkpoints/best.pt"));
    // Saved predictions serve while they are newer than the checkpoint they came from.
    for (const QString& name : {QStringLiteral("val.topk.csv"), QStringLiteral("val.csv")}) {
        const QFileInfo saved(runDir + QStringLiteral("/predictions/") + name);
        if (saved.exists() && (!best.exists() || saved.lastModified() >= best.lastModified()))
            return {saved.absoluteFilePath(), {}};
    }
    return {{}, best.exists() ? best.absoluteFilePath() : QString()};
}

bool PredictJob::writeReport(const QString& path, const LoadedDataset& data,
                             const AnalysisResult& a, const AnalysisResult* b, QString* error) {
    const bool json =
        QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    const std::string text =
        json ? taxa::analysisToJson(a.report, data.dataset, data.taxonomy) : reportCsv(data, a, b);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !file.commit()) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
