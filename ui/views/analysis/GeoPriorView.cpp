#include "views/analysis/GeoPriorView.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

#include "jobs/GeoPriorJobs.h"
#include "models/PriorPairsModel.h"
#include "state/RunsLocation.h"
#include "views/analysis/AnalysisTable.h"
#include "views/common/JobStatus.h"

namespace {

QString percent(double x) {
    return QLocale().toString(100 * x, 'f', 1) + QLatin1Char('%');
}

}  // namespace

GeoPriorView::GeoPriorView(QWidget* parent)
    : QWidget(parent),
      pairs_(new PriorPairsModel(this)),
      status_(new JobStatus(this)),
      summary_(new QLabel(this)),
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
    connect(use_, &QCheckBox::toggled, this, &GeoPriorView::setUsePrior);
    connect(status_, &JobStatus::failed, this, &GeoPriorView::failed);
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    table_ = analysisTable(this, pairs_);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(trainNet);
    buttons->addWidget(grid);
    buttons->addWidget(open);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(status_);
    layout->addWidget(summary_);
    layout->addWidget(use_);
    layout->addWidget(table_, 1);
    updateText();
}

GeoPriorView::~GeoPriorView() {
    delete status_;  // joins a running job before the members it writes go
}

bool GeoPriorView::isBusy() const {
    return status_->isRunning();
}

QString GeoPriorView::combinedLabel(const QString& kind) {
    return tr("A \u00d7 %1 prior").arg(kind);
}

void GeoPriorView::setDataset(std::shared_ptr<const LoadedDataset> data) {
    const bool same = data_ && data && data_->dataset.root == data->dataset.root &&
                      data_->dataset.categories.size() == data->dataset.categories.size();
    data_ = std::move(data);
    if (same) return;
    status_->cancel();
    prior_.reset();
    priorPath_.clear();
    alone_.clear();
    use_->setChecked(false);
    updateText();
    remembered_.clear();
    if (!data_) return;
    remembered_ = GeoPriorJobs::remembered(
        *data_);  // read and scored only if someone looks (it can take a minute)
    if (isVisible()) showEvent(nullptr);
}

void GeoPriorView::showEvent(QShowEvent*) {
    if (remembered_.isEmpty() || prior_ || status_->isRunning()) return;
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

void GeoPriorView::startJob(const QString& what, BackgroundJob::Work work,
                            std::function<void()> done) {
    status_->run(what, std::move(work), [this, done] {
        done();
        if (!openThenUse_.isEmpty() && !status_->isRunning()) openPrior(openThenUse_);
    });
}

bool GeoPriorView::trainNetwork(int epochs) {
    if (!data_ || status_->isRunning()) return false;
    const QString path = GeoPriorJobs::savePath(*data_, QStringLiteral("network"));
    auto out = std::make_shared<GeoPriorJobs::Made>();
    startJob(tr("Training the network prior..."),
             GeoPriorJobs::trainNetwork(data_, path, epochs, out),
             [this, out, path] { adopt(out->prior, path, out->summary); });
    return true;
}

bool GeoPriorView::buildGrid() {
    if (!data_ || status_->isRunning()) return false;
    const QString path = GeoPriorJobs::savePath(*data_, QStringLiteral("grid"));
    auto out = std::make_shared<GeoPriorJobs::Made>();
    startJob(tr("Counting photos per cell..."), GeoPriorJobs::buildGrid(data_, path, out),
             [this, out, path] { adopt(out->prior, path, out->summary); });
    return true;
}

bool GeoPriorView::openPrior(const QString& path) {
    if (!data_ || status_->isRunning()) return false;
    auto out = std::make_shared<GeoPriorJobs::Made>();
    startJob(tr("Reading %1...").arg(QFileInfo(path).fileName()),
             GeoPriorJobs::open(data_, path, out), [this, out, path] {
                 const bool use = path == openThenUse_;
                 openThenUse_.clear();
                 if (use) use_->setChecked(true);  // combined once scored alone
                 adopt(out->prior, path, {});
             });
    return true;
}

void GeoPriorView::adopt(std::shared_ptr<taxa::geo::GeoPrior> prior, const QString& path,
                         const QString& summary) {
    prior_ = std::move(prior);
    priorPath_ = path;
    alone_ = summary;
    GeoPriorJobs::remember(*data_, path);
    updateText();
    // How well it does alone, on the val photos with a place.
    auto text = std::make_shared<QString>();
    startJob(tr("Scoring the prior alone on val..."), GeoPriorJobs::scoreAlone(data_, prior_, text),
             [this, text, summary] {
                 alone_ = summary.isEmpty() ? *text : summary + QStringLiteral(". ") + *text;
                 updateText();
                 emit priorReady();
                 if (use_->isChecked()) combine();
             });
}

void GeoPriorView::openAndUse(const QString& path) {
    openThenUse_ = path;
    if (!status_->isRunning()) openPrior(path);
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
    const QString file = GeoPriorJobs::scoresFile(*a_);
    if (file.isEmpty()) {
        status_->setText(
            tr("The prior needs the predictions' scores: open a top-k store "
               "(FILE.topk.csv) or predict with a checkpoint"));
        return;
    }
    if (status_->isRunning()) return;
    auto out = std::make_shared<taxa::PredictionSet>();
    const QString label = combinedLabel(QString::fromStdString(prior_->file().kind));
    startJob(tr("Multiplying the predictions by the prior..."),
             GeoPriorJobs::combine(data_, prior_, file, out),
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
