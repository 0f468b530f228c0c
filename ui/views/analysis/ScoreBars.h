#pragma once
/// @file ScoreBars.h
/// @brief An image's top-k classes as horizontal probability bars, the labelled class marked.

#include <QString>
#include <QVector>
#include <QWidget>

/// @brief One bar per class, most probable first; the label's bar in green, others in the
/// prediction colour. A label outside the top k gets a last row of its own (its probability
/// under the evenly spread tail), set apart by a gap.
class ScoreBars : public QWidget {
    Q_OBJECT

  public:
    struct Bar {
        QString name;
        double probability = 0;
        bool isLabel = false;
        bool outsideTopK = false;
    };

    explicit ScoreBars(QWidget* parent = nullptr);
    void setBars(QVector<Bar> bars);
    const QVector<Bar>& bars() const { return bars_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    int rowHeight() const;
    QVector<Bar> bars_;
};
