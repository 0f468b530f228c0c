#include "views/training/StageProgress.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <cmath>

StageProgress::StageProgress(QWidget* parent)
    : QWidget(parent), grid_(new QGridLayout(this)), summary_(new QLabel(this)) {
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setVerticalSpacing(2);
    grid_->addWidget(summary_, 0, 0, 1, 3);
    grid_->setColumnStretch(1, 1);
    summary_->setText(tr("No training in progress"));
    summary_->setWordWrap(true);
    clock_.start();
}

QString StageProgress::duration(double seconds) {
    const qint64 s = std::llround(std::max(0.0, seconds));
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void StageProgress::start(const taxa::TrainConfig& config,
                          const std::vector<int64_t>& batchesGuess) {
    for (QWidget* w : rowWidgets_)
        delete w;
    rowWidgets_.clear();
    bars_.clear();
    texts_.clear();
    names_.clear();
    eta_.reset(config, batchesGuess);
    last_ = {};
    imagesPerSecond_ = 0;
    paused_ = false;
    running_ = true;
    for (size_t i = 0; i < config.stages.size(); ++i) {
        const int row = static_cast<int>(i) + 1;
        names_.push_back(QString::fromStdString(config.stages[i].name));
        auto* name = new QLabel(tr("%1. %2").arg(row).arg(names_.back()), this);
        auto* bar = new QProgressBar(this);
        bar->setRange(0, 1000);
        bar->setTextVisible(false);
        bar->setMaximumHeight(14);
        auto* text = new QLabel(this);
        text->setMinimumWidth(text->fontMetrics().horizontalAdvance(
            QStringLiteral("epoch 20/20 \u00b7 00:00:00 left")));
        grid_->addWidget(name, row, 0);
        grid_->addWidget(bar, row, 1);
        grid_->addWidget(text, row, 2);
        rowWidgets_.insert(rowWidgets_.end(), {name, bar, text});
        bars_.push_back(bar);
        texts_.push_back(text);
    }
    refresh();
}

void StageProgress::addSteps(const std::vector<taxa::StepMetrics>& steps) {
    const double now = clock_.elapsed() / 1000.0;
    for (const auto& m : steps)
        eta_.step(m, now);
    for (const auto& m : steps)  // smoothed: single steps vary with the data and the CPU
        imagesPerSecond_ = imagesPerSecond_ <= 0 ? m.imagesPerSecond
                                                 : 0.9 * imagesPerSecond_ + 0.1 * m.imagesPerSecond;
    if (!steps.empty()) last_ = steps.back();
    refresh();
}

void StageProgress::addEpoch(const taxa::EpochMetrics& epoch) {
    eta_.epoch(epoch, clock_.elapsed() / 1000.0);
    refresh();
}

void StageProgress::setPaused(bool paused) {
    paused_ = paused;
    if (paused) eta_.pause();
    refresh();
}

void StageProgress::finish(bool completed) {
    running_ = false;
    paused_ = false;
    eta_.finish(completed);
    refresh();
    const QString step = QLocale().toString(static_cast<qlonglong>(last_.step));
    summary_->setText(completed ? tr("Finished after step %1").arg(step)
                                : tr("Stopped at step %1").arg(step));
}

QString StageProgress::summary() const {
    return summary_->text();
}

void StageProgress::refresh() {
    for (int i = 0; i < eta_.stages(); ++i) {
        bars_[size_t(i)]->setValue(static_cast<int>(std::lround(1000 * eta_.fraction(i))));
        const double left = eta_.remaining(i);
        QString text;
        if (eta_.fraction(i) >= 1)
            text = tr("done");
        else if (i == eta_.currentStage())
            text = left < 0 ? tr("epoch %1/%2").arg(eta_.epochOf(i) + 1).arg(eta_.epochsOf(i))
                            : tr("epoch %1/%2 \u00b7 %3 left")
                                  .arg(eta_.epochOf(i) + 1)
                                  .arg(eta_.epochsOf(i))
                                  .arg(duration(left));
        else if (i > eta_.currentStage())
            text = left < 0 ? tr("waiting") : tr("about %1").arg(duration(left));
        else
            text = tr("stopped");
        texts_[size_t(i)]->setText(text);
    }
    if (!running_) {
        if (eta_.stages() == 0) summary_->setText(tr("No training in progress"));
        return;
    }
    if (last_.step == 0) {
        summary_->setText(paused_ ? tr("Paused") : tr("Preparing the model and data..."));
        return;
    }
    const QLocale locale;
    const double left = eta_.remainingTotal();
    QString text = tr("Step %1 \u00b7 loss %2 \u00b7 %3 images/s")
                       .arg(locale.toString(static_cast<qlonglong>(last_.step)))
                       .arg(locale.toString(last_.loss, 'f', 3))
                       .arg(locale.toString(imagesPerSecond_, 'f', 0));
    if (paused_)
        text = tr("Paused at step %1").arg(locale.toString(static_cast<qlonglong>(last_.step)));
    else if (left >= 0)
        text += tr(" \u00b7 %1 left in all").arg(duration(left));
    summary_->setText(text);
}
