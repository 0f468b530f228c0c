#include "views/LookAlikesView.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include "engine/Engine.h"
#include "eval/FeatureStore.h"
#include "models/ThumbnailModel.h"
#include "util/Error.h"
#include "util/Fingerprint.h"
#include "views/ThumbnailDelegate.h"
#include "workers/BackgroundJob.h"
#include "workers/ThumbnailLoader.h"

namespace {
constexpr size_t kShown = 8;
}  // namespace

LookAlikesView::LookAlikesView(ThumbnailLoader* loader, int thumbSide, QWidget* parent)
    : QWidget(parent),
      job_(new BackgroundJob(this)),
      status_(new QLabel(this)),
      compute_(new QPushButton(tr("Find Look-alikes"), this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      progress_(new QProgressBar(this)) {
    status_->setWordWrap(true);
    compute_->setToolTip(
        tr("Compute the model's features of every train and val image with the ML engine and "
           "keep them in the run's predictions folder (features.bin)"));
    progress_->setMaximumWidth(200);
    progress_->hide();
    cancel_->hide();
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(status_, 1);
    bar->addWidget(progress_);
    bar->addWidget(cancel_);
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
    connect(cancel_, &QPushButton::clicked, job_, &BackgroundJob::cancel);
    connect(job_, &BackgroundJob::progress, this,
            [this](const QString& stage, qint64 done, qint64 total) {
                status_->setText(stage);
                progress_->setMaximum(total > 0 ? static_cast<int>(total) : 0);
                progress_->setValue(static_cast<int>(done));
            });
    const auto done = [this](const QString& message) {
        progress_->hide();
        cancel_->hide();
        if (!message.isEmpty()) status_->setText(message);
        show();
        if (!message.isEmpty()) status_->setText(message);
    };
    connect(job_, &BackgroundJob::succeeded, this, [this, done] {
        if (pending_) index_ = *pending_;  // none: the result changed meanwhile
        done({});
    });
    connect(job_, &BackgroundJob::failed, this, done);
    connect(job_, &BackgroundJob::cancelled, this, [done] { done(tr("Cancelled")); });
    show();
}

QString LookAlikesView::featuresPath(const QString& checkpoint) {
    if (checkpoint.isEmpty()) return {};
    const QFileInfo folder(QFileInfo(checkpoint).absolutePath());
    if (folder.fileName() != QLatin1String("checkpoints")) return {};
    return folder.absolutePath() + QStringLiteral("/predictions/features.bin");
}

void LookAlikesView::setResult(std::shared_ptr<const LoadedDataset> data,
                               std::shared_ptr<const AnalysisResult> result) {
    job_->cancel();
    pending_.reset();
    data_ = std::move(data);
    result_ = std::move(result);
    path_ = result_ ? featuresPath(result_->checkpoint) : QString();
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
    if (image_ >= 0 && !index_ && !tried_ && !job_->isRunning() && featuresCurrent()) {
        tried_ = true;
        startJob(tr("Reading the run's features..."), false);
    }
    show();
}

void LookAlikesView::computeFeatures() {
    if (path_.isEmpty() || !data_ || job_->isRunning()) return;
    startJob(tr("Computing features..."), true);
}

bool LookAlikesView::featuresCurrent() const {
    // Features of another checkpoint would show what another model found alike. The store
    // names its checkpoint by content (a header and the checkpoint's last 256 KB: fast enough
    // here); modification times told a newer store of another model apart from none.
    if (!result_ || !QFileInfo(path_).isFile()) return false;
    try {
        const uint64_t source = taxa::readFeatureSource(path_.toStdString());
        return source != 0 && source == taxa::archiveFingerprint(result_->checkpoint.toStdString());
    } catch (const taxa::Error&) {
        return false;  // the checkpoint is gone: nothing to compare with
    }
}

QString LookAlikesView::status() const {
    return status_->text();
}

bool LookAlikesView::busy() const {
    return job_->isRunning();
}

void LookAlikesView::startJob(const QString& what, bool engine) {
    pending_ = std::make_shared<std::shared_ptr<const taxa::LookAlikeIndex>>();
    auto out = pending_;
    auto data = data_;
    const QString path = path_;
    const std::string checkpoint = result_->checkpoint.toStdString();
    status_->setText(what);
    progress_->setRange(0, 0);
    progress_->show();
    cancel_->setVisible(engine);
    compute_->hide();
    const bool started =
        job_->start([out, data, path, checkpoint, engine](const taxa::ProgressFn& progress) {
            taxa::FeatureStore store;
            if (engine) {
                taxa::FeatureOptions o;
                o.checkpoint = checkpoint;
                store = taxa::engine::features(data->dataset, o, progress);
                QDir().mkpath(QFileInfo(path).absolutePath());
                taxa::writeFeatureStore(store, path.toStdString());
            } else {
                store = taxa::readFeatureStore(path.toStdString());
            }
            *out = std::make_shared<const taxa::LookAlikeIndex>(std::move(store), data->dataset);
        });
    if (!started) {  // the last result's job has not noticed the cancel yet
        progress_->hide();
        cancel_->hide();
        tried_ = false;
        status_->setText(tr("Busy with the previous predictions; try again in a moment"));
    }
}

void LookAlikesView::show() {
    const bool running = job_->isRunning();
    const bool canCompute = !path_.isEmpty() && !running;
    compute_->setVisible(canCompute && !index_);
    std::vector<int32_t> found[3];
    if (!running) {
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
