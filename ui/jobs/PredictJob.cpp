#include "jobs/PredictJob.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include "engine/Engine.h"
#include "state/ReportCsv.h"
#include "state/RunFolder.h"
#include "util/AtomicFile.h"

namespace {

// The checkpoint of saved predictions RUN/predictions/F: RUN/checkpoints/best.pt, if there.
QString runCheckpoint(const QString& predictions) {
    const auto run = runOfPredictions(predictions);
    const QFileInfo best(run ? qtPath(run->bestCheckpoint()) : QString());
    return run && best.isFile() ? best.absoluteFilePath() : QString();
}

// As taxa-cli predict names them, so either tool finds the other's.
QString savePredictions(const taxa::PredictionSet& p, const taxa::Dataset& ds,
                        const QString& checkpoint) {
    const auto run = runOfCheckpoint(checkpoint);
    if (!run || !QDir().mkpath(qtPath(run->predictions()))) return {};
    taxa::writeFileAtomic(run->valPredictions(), taxa::toKaggleCsv(p, ds));
    taxa::writeFileAtomic(run->valTopk(), taxa::toTopkCsv(p, ds));
    return qtPath(run->valPredictions());
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
        const QString saved = savePredictions(p, data.dataset, checkpoint);
        auto r = AnalysisResult::compute(data, std::move(p), label);
        r->source = saved;
        r->checkpoint = QFileInfo(checkpoint).absoluteFilePath();
        return r;
    };
}

QString PredictJob::checkpointLabel(const QString& checkpoint) {
    const QFileInfo info(checkpoint);
    if (!runOfCheckpoint(checkpoint)) return info.fileName();
    return QStringLiteral("%1/%2").arg(
        info.absoluteDir().absolutePath().section(QLatin1Char('/'), -2, -2), info.fileName());
}

PredictJob::RunSource PredictJob::runSource(const QString& runDir) {
    const taxa::RunFolder run = runFolder(runDir);
    const QFileInfo best(qtPath(run.bestCheckpoint()));
    // Saved predictions serve while they are newer than the checkpoint they came from.
    for (const std::string& path : {run.valTopk(), run.valPredictions()}) {
        const QFileInfo saved(qtPath(path));
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
