#include "views/analysis/LookAlikesView.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>

#include "jobs/LookAlikeJob.h"
#include "models/ThumbnailModel.h"
#include "views/common/JobStatus.h"
#include "views/dataset/ThumbnailDelegate.h"
#include "workers/ThumbnailLoader.h"

namespace {
constexpr size_t kShown = 8;
}  // namespace

LookAlikesView::LookAlikesView(ThumbnailLoader* loader, int thumbSide, QWidget* parent)
    : QWidget(parent),
      status_(new JobStatus(this)),
      compute_(new QPushButton(tr("Find Look-alikes"), this)) {
    compute_->setToolTip(
        tr("Compute the model's features of every train and val image with the ML engine and "
           "keep them in the run's predictions folder (features.bin)"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(status_, 1);
    bar->addWidget(compute_);
    grid->addLayout(bar, 0, 0, 1, 3);
    for (int i = 0; i < 3; ++i) {
        models_[i] = new ThumbnailModel(loader, this);
        views_[i] = thumbnailGrid(models_[i], thumbSide, this);
        QListView* v = views_[i];
        captions_[i] = new QLabel(this);
        captions_[i]->setWordWrap(true);
        grid->addWidget(captions_[i], 1, i);
        grid->addWidget(v, 2, i);
        connect(v, &QListView::doubleClicked, this, [this](const QModelIndex& index) {
            emit imageRequested(index.data(ThumbnailModel::ImageIndexRole).toInt());
        });
    }
    connect(compute_, &QPushButton::clicked, this, &LookAlikesView::computeFeatures);
    connect(status_, &JobStatus::failed, this,
            [this](const QString& message) { problem_ = message; });
    connect(status_, &JobStatus::finished, this, [this](BackgroundJob::Outcome outcome) {
        if (outcome == BackgroundJob::Outcome::Cancelled) problem_ = tr("Cancelled");
        show();
    });
    show();
}

QString LookAlikesView::featuresPath(const QString& checkpoint) {
    return LookAlikeJob::featuresPath(checkpoint);
}

void LookAlikesView::setResult(std::shared_ptr<const LoadedDataset> data,
                               std::shared_ptr<const AnalysisResult> result) {
    status_->cancel();
    pending_.reset();
    problem_.clear();
    data_ = std::move(data);
    result_ = std::move(result);
    path_ = result_ ? featuresPath(result_->checkpoint) : QString();
    current_.reset();
    index_.reset();
    tried_ = false;
    a_ = b_ = image_ = -1;
    show();
}

void LookAlikesView::setPair(int32_t a, int32_t b) {
    a_ = a;
    b_ = b;
    show();
}

void LookAlikesView::setImage(int32_t image) {
    image_ = image;
    if (image_ >= 0 && !index_ && !tried_ && !status_->isRunning() && featuresCurrent()) {
        tried_ = true;
        startJob(tr("Reading the run's features..."), false);
    }
    show();
}

void LookAlikesView::computeFeatures() {
    if (path_.isEmpty() || !data_ || status_->isRunning()) return;
    startJob(tr("Computing features..."), true);
}

bool LookAlikesView::featuresCurrent() const {
    // Read once per result (and per computed store): it reads the checkpoint's last 256 KB,
    // and show() runs on every click.
    if (!current_) current_ = result_ && LookAlikeJob::featuresCurrent(path_, result_->checkpoint);
    return *current_;
}

QString LookAlikesView::status() const {
    return status_->text();
}

bool LookAlikesView::busy() const {
    return status_->isRunning();
}

void LookAlikesView::startJob(const QString& what, bool engine) {
    pending_ = std::make_shared<LookAlikeJob::Index>();
    auto out = pending_;
    problem_.clear();
    status_->setCancellable(engine);
    compute_->hide();
    const bool started =
        status_->run(what,
                     engine ? LookAlikeJob::compute(data_, result_->checkpoint, path_, out)
                            : LookAlikeJob::read(data_, path_, out),
                     [this, out] {
                         if (out != pending_) return;  // the result changed meanwhile
                         index_ = *out;
                         current_.reset();  // a computed store was just written
                     });
    if (!started) {  // the last result's job has not noticed the cancel yet
        tried_ = false;
        status_->setText(tr("Busy with the previous predictions; try again in a moment"));
    }
}

void LookAlikesView::show() {
    const bool running = status_->isRunning();
    const bool canCompute = !path_.isEmpty() && !running;
    compute_->setVisible(canCompute && !index_);
    std::vector<int32_t> found[3];
    if (!running && !problem_.isEmpty()) {
        status_->setError(problem_);  // until the next job or result
    } else if (!running) {
        if (!result_ || path_.isEmpty())
            status_->setText(
                tr("Look-alikes need the run's checkpoint (predictions opened "
                   "from a run folder)"));
        else if (!index_ && QFileInfo(path_).isFile() && !featuresCurrent())
            status_->setText(
                tr("The run's features were computed through another checkpoint: find "
                   "look-alikes again to compute them for this model"));
        else if (!index_)
            status_->setText(
                tr("No features for this run yet: find look-alikes to compute "
                   "them (every train and val image, once)"));
        else if (image_ >= 0 && !index_->has(image_))
            status_->setText(tr("This image has no features (computed before it was added?)"));
        else
            status_->setText(
                tr("Training images that the model sees as most alike "
                   "(cosine similarity of its penultimate features)"));
    }
    const int32_t classes[3] = {a_, b_, -1};
    const QLocale locale;
    for (int i = 0; i < 3; ++i) {
        std::vector<taxa::LookAlike> near;
        if (index_ && image_ >= 0 && (i == 2 || classes[i] >= 0))
            near = index_->nearestTraining(image_, classes[i], kShown);
        for (const auto& n : near)
            found[i].push_back(n.image);
        const QString who =
            i == 2 || !data_ || classes[i] < 0
                ? tr("Any species")
                : QString::fromStdString(data_->dataset.categories[size_t(classes[i])].name);
        captions_[i]->setText(near.empty()
                                  ? who
                                  : tr("%1 (cosine %2 to %3)")
                                        .arg(who, locale.toString(near.front().similarity, 'f', 3),
                                             locale.toString(near.back().similarity, 'f', 3)));
        models_[i]->setImages(data_, found[i]);
    }
    emit shown();
}
