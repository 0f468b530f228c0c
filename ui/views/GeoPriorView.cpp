#include "views/GeoPriorView.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

#include "RunsLocation.h"
#include "engine/Engine.h"
#include "geo/GeoCombine.h"
#include "geo/GeoEval.h"
#include "geo/GridPrior.h"
#include "models/PriorPairsModel.h"
#include "util/AtomicFile.h"
#include "util/BlasLibrary.h"
#include "views/AnalysisTable.h"
#include "workers/BackgroundJob.h"

namespace {

QString percent(double x) {
    return QLocale().toString(100 * x, 'f', 1) + QLatin1Char('%');
}

// The predictions with scores behind an analysis: the top-k store beside a Kaggle CSV.
QString scoresFile(const AnalysisResult& a) {
    if (a.source.isEmpty() || a.source.endsWith(QLatin1String(".topk.csv"))) return a.source;
    const QString topk = a.source.left(a.source.size() - 4) + QStringLiteral(".topk.csv");
    return a.source.endsWith(QLatin1String(".csv")) && QFileInfo::exists(topk) ? topk : a.source;
}

QString settingsKey(const LoadedDataset& data) {
    return QStringLiteral("geo/prior/") +
           QString::fromUtf8(QByteArray::fromStdString(data.dataset.root).toBase64());
}

}  // namespace

GeoPriorView::GeoPriorView(QWidget* parent)
    : QWidget(parent),
      job_(new BackgroundJob(this)),
      pairs_(new PriorPairsModel(this)),
      status_(new QLabel(this)),
      summary_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      use_(new QCheckBox(tr("Use the prior (the comparison B becomes A times the prior)"), this)) {
    auto* trainNet = new QPushButton(tr("Train Network Prior"), this);
    trainNet->setToolTip(
        tr("Mac Aodha et al.'s network of place and date, trained on the "
           "training photos' locations (the paper's 30 epochs)"));
    auto* grid = new QPushButton(tr("Build Grid Prior"), this);
    grid->setToolTip(tr("Counts per 2-degree cell of latitude and longitude: no training"));
    auto* open = new QPushButton(tr("Open Prior..."), this);
    connect(trainNet, &QPushButton::clicked, this, [this] { trainNetwork(); });
    connect(grid, &QPushButton::clicked, this, &GeoPriorView::buildGrid);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a Geographic Prior"),
                                                          runsFolder() + QStringLiteral("/geo"),
                                                          tr("Geographic priors (*.geo)"));
        if (!path.isEmpty()) openPrior(path);
    });
    connect(cancel_, &QPushButton::clicked, job_, &BackgroundJob::cancel);
    connect(use_, &QCheckBox::toggled, this, &GeoPriorView::setUsePrior);
    connect(job_, &BackgroundJob::progress, this,
            [this](const QString& stage, qint64 done, qint64 total) {
                status_->setText(stage);
                progress_->setMaximum(total > 0 ? static_cast<int>(total) : 0);
                progress_->setValue(static_cast<int>(done));
            });
    progress_->hide();
    cancel_->hide();
    status_->setWordWrap(true);
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    table_ = analysisTable(this, pairs_);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(trainNet);
    buttons->addWidget(grid);
    buttons->addWidget(open);
    buttons->addStretch(1);
    auto* busy = new QHBoxLayout;
    busy->addWidget(status_, 1);
    busy->addWidget(progress_);
    busy->addWidget(cancel_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(busy);
    layout->addWidget(summary_);
    layout->addWidget(use_);
    layout->addWidget(table_, 1);
    updateText();
}

GeoPriorView::~GeoPriorView() {
    delete job_;  // joins a running job before the members it writes go
}

bool GeoPriorView::isBusy() const {
    return job_->isRunning();
}

QString GeoPriorView::combinedLabel(const QString& kind) {
    return tr("A \u00d7 %1 prior").arg(kind);
}

void GeoPriorView::setDataset(std::shared_ptr<const LoadedDataset> data) {
    const bool same = data_ && data && data_->dataset.root == data->dataset.root &&
                      data_->dataset.categories.size() == data->dataset.categories.size();
    data_ = std::move(data);
    if (same) return;
    job_->cancel();
    prior_.reset();
    priorPath_.clear();
    alone_.clear();
    use_->setChecked(false);
    updateText();
    remembered_.clear();
    if (!data_) return;
    const QString remembered = QSettings().value(settingsKey(*data_)).toString();
    if (remembered.isEmpty() || !QFileInfo::exists(remembered)) return;
    remembered_ = remembered;  // read and scored only if someone looks (it can take a minute)
    if (isVisible()) showEvent(nullptr);
}

void GeoPriorView::showEvent(QShowEvent*) {
    if (remembered_.isEmpty() || prior_ || job_->isRunning()) return;
    const QString path = std::exchange(remembered_, QString());
    openPrior(path);
}

void GeoPriorView::setResults(std::shared_ptr<const AnalysisResult> a,
                              std::shared_ptr<const AnalysisResult> b) {
    const bool newA = a != a_;
    a_ = std::move(a);
    // B is ours when the prior made it.
    b_ = b && prior_ && b->label == combinedLabel(QString::fromStdString(prior_->file().kind))
             ? std::move(b)
             : nullptr;
    pairs_->setResults(data_, a_, b_);
    table_->resizeColumnsToContents();
    updateText();
    if (newA && a_ && use_->isChecked()) combine();
}

void GeoPriorView::startJob(const QString& what, std::function<void(const taxa::ProgressFn&)> work,
                            std::function<void()> done) {
    disconnect(job_, &BackgroundJob::succeeded, this, nullptr);
    disconnect(job_, &BackgroundJob::failed, this, nullptr);
    disconnect(job_, &BackgroundJob::cancelled, this, nullptr);
    auto finish = [this] {
        progress_->hide();
        cancel_->hide();
    };
    connect(job_, &BackgroundJob::succeeded, this, [this, finish, done] {
        finish();
        status_->clear();
        done();
        if (!openThenUse_.isEmpty() && !job_->isRunning()) openPrior(openThenUse_);
    });
    connect(job_, &BackgroundJob::failed, this, [this, finish](const QString& message) {
        finish();
        status_->setText(
            QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(message.toHtmlEscaped()));
        emit failed(message);
    });
    connect(job_, &BackgroundJob::cancelled, this, [this, finish] {
        finish();
        status_->setText(tr("Cancelled"));
    });
    status_->setText(what);
    progress_->setRange(0, 0);
    progress_->show();
    cancel_->show();
    job_->start(std::move(work));
}

QString GeoPriorView::savePath(const QString& kind) const {
    const QString name = QFileInfo(QString::fromStdString(data_->dataset.root)).fileName();
    return runsFolder() + QStringLiteral("/geo/%1-%2.geo")
                              .arg(name.isEmpty() ? QStringLiteral("dataset") : name, kind);
}

bool GeoPriorView::trainNetwork(int epochs) {
    if (!data_ || job_->isRunning()) return false;
    auto data = data_;
    const QString path = savePath(QStringLiteral("network"));
    auto out = std::make_shared<std::shared_ptr<taxa::geo::GeoPrior>>();
    auto log = std::make_shared<QString>();
    startJob(
        tr("Training the network prior..."),
        [data, path, out, log, epochs](const taxa::ProgressFn& progress) {
            taxa::geo::GeoTrainOptions o;
            if (epochs > 0) o.epochs = epochs;
            taxa::geo::GeoTrainCallbacks cb;
            cb.progress = progress;
            double seconds = 0;
            cb.epochDone = [&](const taxa::geo::GeoEpoch& e) { seconds += e.seconds; };
            taxa::geo::GeoFile f = taxa::engine::trainGeoPrior(data->dataset, o, cb);
            QDir().mkpath(QFileInfo(path).absolutePath());
            taxa::geo::writeGeoFile(path.toStdString(), f);
            *log = tr("%1 epochs in %2 s, final loss %3")
                       .arg(o.epochs)
                       .arg(seconds, 0, 'f', 1)
                       .arg(f.params.at("final_loss"), 0, 'f', 4);
            if (const std::string slow = taxa::referenceBlasWarning(); !slow.empty())
                *log += QStringLiteral(". ") + QString::fromStdString(slow);
            *out = std::make_shared<taxa::geo::GeoPrior>(std::move(f), path.toStdString());
        },
        [this, out, path, log] { adopt(*out, path, *log); });
    return true;
}

bool GeoPriorView::buildGrid() {
    if (!data_ || job_->isRunning()) return false;
    auto data = data_;
    const QString path = savePath(QStringLiteral("grid"));
    auto out = std::make_shared<std::shared_ptr<taxa::geo::GeoPrior>>();
    startJob(
        tr("Counting photos per cell..."),
        [data, path, out](const taxa::ProgressFn&) {
            taxa::geo::GeoFile f = taxa::geo::buildGridPrior(data->dataset, {});
            QDir().mkpath(QFileInfo(path).absolutePath());
            taxa::geo::writeGeoFile(path.toStdString(), f);
            *out = std::make_shared<taxa::geo::GeoPrior>(std::move(f), path.toStdString());
        },
        [this, out, path] { adopt(*out, path, tr("2-degree cells")); });
    return true;
}

bool GeoPriorView::openPrior(const QString& path) {
    if (!data_ || job_->isRunning()) return false;
    auto data = data_;
    auto out = std::make_shared<std::shared_ptr<taxa::geo::GeoPrior>>();
    startJob(
        tr("Reading %1...").arg(QFileInfo(path).fileName()),
        [data, path, out](const taxa::ProgressFn&) {
            auto prior = std::make_shared<taxa::geo::GeoPrior>(
                taxa::geo::GeoPrior::load(path.toStdString()));
            prior->requireFor(data->dataset);
            *out = std::move(prior);
        },
        [this, out, path] {
            const bool use = path == openThenUse_;
            openThenUse_.clear();
            if (use) use_->setChecked(true);  // combined once scored alone
            adopt(*out, path, {});
        });
    return true;
}

void GeoPriorView::adopt(std::shared_ptr<taxa::geo::GeoPrior> prior, const QString& path,
                         const QString& summary) {
    prior_ = std::move(prior);
    priorPath_ = path;
    alone_ = summary;
    QSettings().setValue(settingsKey(*data_), path);
    updateText();
    // How well it does alone, on the val photos with a place.
    auto data = data_;
    auto p = prior_;
    auto text = std::make_shared<QString>();
    startJob(
        tr("Scoring the prior alone on val..."),
        [data, p, text](const taxa::ProgressFn& progress) {
            const taxa::geo::GeoEvaluation e =
                taxa::geo::evaluatePrior(*p, data->dataset, taxa::Split::Val, progress);
            *text =
                tr("Alone on %1 located val photos: top-1 %2, top-3 %3 (class frequency: "
                   "top-1 %4, top-3 %5)")
                    .arg(QLocale().toString(static_cast<qlonglong>(e.images)), percent(e.geo.top1),
                         percent(e.geo.top3), percent(e.frequency.top1), percent(e.frequency.top3));
        },
        [this, text, summary] {
            alone_ = summary.isEmpty() ? *text : summary + QStringLiteral(". ") + *text;
            updateText();
            emit priorReady();
            if (use_->isChecked()) combine();
        });
}

void GeoPriorView::openAndUse(const QString& path) {
    openThenUse_ = path;
    if (!job_->isRunning()) openPrior(path);
}

void GeoPriorView::setUsePrior(bool on) {
    if (use_->isChecked() != on) {
        use_->setChecked(on);  // comes back here through toggled()
        return;
    }
    if (!on) {
        emit switchedOff();
        return;
    }
    combine();
}

void GeoPriorView::combine() {
    if (!prior_ || !a_ || !data_) {
        status_->setText(!prior_ ? tr("Train or open a prior first")
                                 : tr("Open predictions of the val split first"));
        return;
    }
    const QString file = scoresFile(*a_);
    if (file.isEmpty()) {
        status_->setText(
            tr("The prior needs the predictions' scores: open a top-k store "
               "(FILE.topk.csv) or predict with a checkpoint"));
        return;
    }
    if (job_->isRunning()) return;
    auto data = data_;
    auto p = prior_;
    auto out = std::make_shared<taxa::PredictionSet>();
    const QString label = combinedLabel(QString::fromStdString(prior_->file().kind));
    startJob(
        tr("Multiplying the predictions by the prior..."),
        [data, p, out, file](const taxa::ProgressFn& progress) {
            const std::string path = file.toStdString();
            const taxa::PredictionSet without =
                taxa::readPredictions(taxa::readFile(path), path, data->dataset, taxa::Split::Val);
            *out = taxa::geo::applyPrior(without, *p, data->dataset, nullptr, progress);
        },
        [this, out, label] { emit combined(out, label); });
}

void GeoPriorView::updateText() {
    QString text;
    if (!prior_) {
        text =
            tr("No geographic prior yet. Train the network prior (Mac Aodha, Cole and Perona, "
               "ICCV 2019) or build the grid prior from the training photos' places, or open "
               "one.");
    } else {
        text = tr("<b>%1 prior</b> %2")
                   .arg(QString::fromStdString(prior_->file().kind), priorPath_.toHtmlEscaped());
        if (!alone_.isEmpty()) text += QStringLiteral("<br>") + alone_.toHtmlEscaped();
        if (a_ && b_) {
            const auto& r0 = a_->report;
            const auto& r1 = b_->report;
            text += QStringLiteral("<br>") +
                    tr("Val top-1 error <b>%1 without, %2 with</b> the prior; top-3 error %3 "
                       "without, %4 with. Of the %6 most confused pairs, the prior separates %5 "
                       "more often (below, most separated first).")
                        .arg(percent(r0.top1Error), percent(r1.top1Error), percent(r0.top3Error),
                             percent(r1.top3Error))
                        .arg(pairs_->separated())
                        .arg(pairs_->rowCount());
        }
    }
    summary_->setText(text);
    use_->setEnabled(prior_ != nullptr);
    table_->setVisible(a_ && b_);
}
