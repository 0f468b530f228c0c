#pragma once
/// @file BarChart.h
/// @brief A labelled bar chart for the analysis: one bar per category, or two (A and B).

#include <qcustomplot.h>
#include <QColor>
#include <QStringList>
#include <QVector>

/// @brief Categories along x, values (fractions, shown as percentages) up y. With a second
/// series the bars stand in pairs, A in its own colours and B in grey. Hovering a bar names it.
class BarChart : public QCustomPlot {
    Q_OBJECT

  public:
    /// @brief @p exportName suggests the file name of an exported plot.
    explicit BarChart(const QString& title, const QString& valueLabel, const QString& exportName,
                      QWidget* parent = nullptr);

    /// @brief Shows @p a (one colour per bar, or one for all if @p colors has one entry) and,
    /// when not empty, @p b; values are fractions. @p tips are per-bar tooltips.
    void setBars(const QStringList& labels, const QVector<double>& a, const QVector<QColor>& colors,
                 const QVector<double>& b = {}, const QStringList& tips = {});
    void setSeriesNames(const QString& a, const QString& b);
    int barCount() const { return labels_.size(); }
    QString label(int i) const { return labels_.value(i); }
    double valueA(int i) const { return a_.value(i); }
    double valueB(int i) const { return b_.value(i); }
    /// @brief Bar under @p pos, or -1.
    int barAt(const QPoint& pos) const;

  signals:
    void barClicked(int index);

  protected:
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

  private:
    void fitLabels();
    /// Wraps the title and the x axis label onto more lines when the chart is narrow.
    void fitTitle();

    QCPTextElement* title_;
    QString titleText_;

    QStringList labels_, tips_;
    QVector<double> a_, b_;
    QString nameA_, nameB_;
    QList<QCPBarsGroup*> groups_;
    int hovered_ = -2;
};
