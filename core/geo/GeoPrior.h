#pragma once
/// @file GeoPrior.h
/// @brief A geographic prior of either kind, read from a GEO file: for a place and date, a
/// score per class (the grid's p(class | cell), or the network's sigmoid outputs), which
/// multiplies an image classifier's probabilities.

#include <memory>
#include <string>

#include "dataset/Dataset.h"
#include "geo/GeoEncoding.h"
#include "geo/GeoFile.h"

namespace taxa::geo {

class GridPrior;
class NetPrior;

/// @brief A prior ready to evaluate. Move-only: the evaluators point into the file's values.
class GeoPrior {
  public:
    /// @brief Checks the file (its kind's tensors and shapes); throws taxa::Error naming
    /// @p label.
    GeoPrior(GeoFile file, std::string label);
    GeoPrior(GeoPrior&&) noexcept;
    GeoPrior& operator=(GeoPrior&&) noexcept;
    ~GeoPrior();

    /// @brief Reads @p path. Throws taxa::Error.
    static GeoPrior load(const std::string& path);

    const GeoFile& file() const { return file_; }
    const std::string& label() const { return label_; }
    bool isGrid() const { return file_.kind == "grid"; }
    int32_t classes() const { return static_cast<int32_t>(file_.categoryIds.size()); }
    /// @brief Throws taxa::Error unless the prior was made for @p ds's classes.
    void requireFor(const Dataset& ds) const;

    /// @brief Scores of every class at each of @p n points into @p out (n x K, row-major).
    void evaluate(const GeoPoint* points, size_t n, float* out) const;

  private:
    GeoFile file_;
    std::string label_;
    std::unique_ptr<GridPrior> grid_;
    std::unique_ptr<NetPrior> net_;
};

/// @brief The dataset's category ids in class order (what a GEO file records).
std::vector<int64_t> categoryIdsOf(const Dataset& ds);

}  // namespace taxa::geo
