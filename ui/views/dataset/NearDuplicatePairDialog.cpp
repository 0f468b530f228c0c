#include "views/dataset/NearDuplicatePairDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "views/dataset/ImageViewer.h"

NearDuplicatePairDialog::NearDuplicatePairDialog(QWidget* parent)
    : QDialog(parent),
      heading_(new QLabel(this)),
      first_(new ImageViewer(this)),
      second_(new ImageViewer(this)) {
    setWindowTitle(tr("Near-duplicates across splits"));
    heading_->setWordWrap(true);
    heading_->setTextFormat(Qt::RichText);
    heading_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* pair = new QHBoxLayout;
    pair->addWidget(side(first_), 1);
    pair->addWidget(side(second_), 1);
    auto* close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading_);
    layout->addLayout(pair, 1);
    layout->addLayout(buttons);
    resize(1000, 700);
}

QWidget* NearDuplicatePairDialog::side(ImageViewer* viewer) {
    auto* box = new QWidget(this);
    auto* show = new QPushButton(tr("Show in the species view"), box);
    show->setToolTip(tr("Select this image among its species' photos in the main window"));
    connect(show, &QPushButton::clicked, this, [this, viewer] {
        if (viewer->image() >= 0) emit imageRequested(viewer->image());
    });
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(viewer, 1);
    layout->addWidget(show, 0, Qt::AlignLeft);
    return box;
}

void NearDuplicatePairDialog::setDataset(std::shared_ptr<const LoadedDataset> data) {
    first_->setDataset(data);
    second_->setDataset(data);
    heading_->clear();
}

void NearDuplicatePairDialog::showPair(int32_t a, int32_t b, double similarity,
                                       const QString& features) {
    first_->showImage(a);
    second_->showImage(b);
    heading_->setText(
        tr("<b>Cosine similarity %1</b> between the two images' features (%2). If one is a "
           "copy of the other (resized, re-encoded or cropped), the model is tested on a "
           "photo it trained on.")
            .arg(QLocale().toString(similarity, 'f', 4), features.toHtmlEscaped()));
}

QString NearDuplicatePairDialog::heading() const {
    return heading_->text();
}
