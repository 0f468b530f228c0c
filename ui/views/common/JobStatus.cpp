#include "views/common/JobStatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <utility>

namespace {

constexpr qint64 kEstimateAfterMs = 2000;  ///< No estimate from the first jittery seconds.

QString clock(qint64 ms) {
    const qint64 s = (ms + 500) / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

JobStatus::JobStatus(QWidget* parent, bool cancellable)
    : QWidget(parent),
      job_(new BackgroundJob(this)),
      label_(new QLabel(this)),
      time_(new QLabel(this)),
      progress_(new QProgressBar(this)),
      cancel_(new QPushButton(tr("Cancel"), this)),
      cancellable_(cancellable) {
    label_->setWordWrap(true);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    time_->setForegroundRole(QPalette::PlaceholderText);
    progress_->setMaximumWidth(220);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label_, 1);
    row->addWidget(time_);
    row->addWidget(progress_);
    row->addWidget(cancel_);
    progress_->hide();
    cancel_->hide();
    time_->hide();
    connect(cancel_, &QPushButton::clicked, this, &JobStatus::cancel);
    connect(job_, &BackgroundJob::progress, this, &JobStatus::showProgress);
}

JobStatus::~JobStatus() {
    delete job_;  // joins the work before the widgets it reports into go
}

bool JobStatus::run(const QString& what, BackgroundJob::Work work, std::function<void()> done) {
    if (job_->isRunning()) {
        setText(tr("Still busy; cancel or wait"));
        return false;
    }
    done_ = std::move(done);
    setText(what);
    progress_->setRange(0, 0);
    progress_->show();
    cancel_->setVisible(cancellable_);
    time_->clear();
    time_->show();
    clock_.start();
    return job_->start(std::move(work),
                       [this](BackgroundJob::Outcome outcome, const QString& message) {
                           ended(outcome, message);
                       });
}

void JobStatus::ended(BackgroundJob::Outcome outcome, const QString& message) {
    progress_->hide();
    cancel_->hide();
    time_->hide();
    const std::function<void()> done = std::exchange(done_, {});
    if (outcome == BackgroundJob::Outcome::Succeeded) {
        label_->clear();
        if (done) done();
    } else if (outcome == BackgroundJob::Outcome::Failed) {
        setError(message);
        emit failed(message);
    } else {
        setText(tr("Cancelled"));
    }
    emit finished(outcome);
}

void JobStatus::showProgress(const QString& stage, qint64 done, qint64 total) {
    if (!stage.isEmpty()) label_->setText(stage);
    progress_->setMaximum(total > 0 ? static_cast<int>(total) : 0);
    progress_->setValue(static_cast<int>(done));
    time_->setText(timing(clock_.elapsed(), done, total));
}

QString JobStatus::timing(qint64 elapsedMs, qint64 done, qint64 total) {
    QString text = tr("%1 elapsed").arg(clock(elapsedMs));
    if (total > 0 && done > 0 && done < total && elapsedMs >= kEstimateAfterMs) {
        const double left = double(elapsedMs) * double(total - done) / double(done);
        text += tr(", about %1 left").arg(clock(static_cast<qint64>(left)));
    }
    return text;
}

bool JobStatus::isRunning() const {
    return job_->isRunning();
}

void JobStatus::cancel() {
    job_->cancel();
}

void JobStatus::setText(const QString& text) {
    label_->setTextFormat(Qt::PlainText);
    label_->setText(text);
}

void JobStatus::setError(const QString& message) {
    label_->setTextFormat(Qt::RichText);
    label_->setText(
        QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(message.toHtmlEscaped()));
}

QString JobStatus::text() const {
    return label_->text();
}

void JobStatus::setCancellable(bool cancellable) {
    cancellable_ = cancellable;
    if (job_->isRunning()) cancel_->setVisible(cancellable);
}
