#include "jobs/GeoPriorJobs.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

#include "engine/Engine.h"
#include "geo/GeoCombine.h"
#include "geo/GeoEval.h"
#include "geo/GridPrior.h"
#include "state/RunsLocation.h"
#include "util/AtomicFile.h"
#include "util/BlasLibrary.h"

namespace {

QString percent(double x) {
    return QLocale().toString(100 * x, 'f', 1) + QLatin1Char('%');
}

QString settingsKey(const LoadedDataset& data) {
    return QStringLiteral("geo/prior/") +
           QString::fromUtf8(QByteArray::fromStdString(data.dataset.root).toBase64());
}

std::shared_ptr<taxa::geo::GeoPrior> save(taxa::geo::GeoFile f, const QString& path) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    taxa::geo::writeGeoFile(path.toStdString(), f);
    return std::make_shared<taxa::geo::GeoPrior>(std::move(f), path.toStdString());
}

}  // namespace

BackgroundJob::Work GeoPriorJobs::trainNetwork(Data data, const QString& path, int epochs,
                                               std::shared_ptr<Made> out) {
    return [data, path, epochs, out](const taxa::ProgressFn& progress) {
        taxa::geo::GeoTrainOptions o;
        if (epochs > 0) o.epochs = epochs;
        taxa::geo::GeoTrainCallbacks cb;
        cb.progress = progress;
        double seconds = 0;
        cb.epochDone = [&](const taxa::geo::GeoEpoch& e) { seconds += e.seconds; };
        taxa::geo::GeoFile f = taxa::engine::trainGeoPrior(data->dataset, o, cb);
        out->summary = tr("%1 epochs in %2 s, final loss %3")
                           .arg(o.epochs)
                           .arg(seconds, 0, 'f', 1)
                           .arg(f.params.at("final_loss"), 0, 'f', 4);
        if (const std::string slow = taxa::referenceBlasWarning(); !slow.empty())
            out->summary += QStringLiteral(". ") + QString::fromStdString(slow);
        out->prior = save(std::move(f), path);
    };
}

BackgroundJob::Work GeoPriorJobs::buildGrid(Data data, const QString& path,
                                            std::shared_ptr<Made> out) {
    return [data, path, out](const taxa::ProgressFn&) {
        out->prior = save(taxa::geo::buildGridPrior(data->dataset, {}), path);
        out->summary = tr("2-degree cells");
    };
}

BackgroundJob::Work GeoPriorJobs::open(Data data, const QString& path, std::shared_ptr<Made> out) {
    return [data, path, out](const taxa::ProgressFn&) {
        auto prior =
            std::make_shared<taxa::geo::GeoPrior>(taxa::geo::GeoPrior::load(path.toStdString()));
        prior->requireFor(data->dataset);
        out->prior = std::move(prior);
    };
}

BackgroundJob::Work GeoPriorJobs::scoreAlone(Data data, Prior prior, std::shared_ptr<QString> out) {
    return [data, prior, out](const taxa::ProgressFn& progress) {
        const taxa::geo::GeoEvaluation e =
            taxa::geo::evaluatePrior(*prior, data->dataset, taxa::Split::Val, progress);
        *out = tr("Alone on %1 located val photos: top-1 %2, top-3 %3 (class frequency: "
                  "top-1 %4, top-3 %5)")
                   .arg(QLocale().toString(static_cast<qlonglong>(e.images)), percent(e.geo.top1),
                        percent(e.geo.top3), percent(e.frequency.top1), percent(e.frequency.top3));
    };
}

BackgroundJob::Work GeoPriorJobs::combine(Data data, Prior prior, const QString& scoresFile,
                                          std::shared_ptr<taxa::PredictionSet> out) {
    return [data, prior, scoresFile, out](const taxa::ProgressFn& progress) {
        const std::string path = scoresFile.toStdString();
        const taxa::PredictionSet without =
            taxa::readPredictions(taxa::readFile(path), path, data->dataset, taxa::Split::Val);
        *out = taxa::geo::applyPrior(without, *prior, data->dataset, nullptr, progress);
    };
}

QString GeoPriorJobs::savePath(const LoadedDataset& data, const QString& kind) {
    const QString name = QFileInfo(QString::fromStdString(data.dataset.root)).fileName();
    return runsFolder() + QStringLiteral("/geo/%1-%2.geo")
                              .arg(name.isEmpty() ? QStringLiteral("dataset") : name, kind);
}

QString GeoPriorJobs::scoresFile(const AnalysisResult& a) {
    if (a.source.isEmpty() || a.source.endsWith(QLatin1String(".topk.csv"))) return a.source;
    const QString topk = a.source.left(a.source.size() - 4) + QStringLiteral(".topk.csv");
    return a.source.endsWith(QLatin1String(".csv")) && QFileInfo::exists(topk) ? topk : a.source;
}

QString GeoPriorJobs::remembered(const LoadedDataset& data) {
    const QString path = QSettings().value(settingsKey(data)).toString();
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

void GeoPriorJobs::remember(const LoadedDataset& data, const QString& path) {
    QSettings().setValue(settingsKey(data), path);
}
