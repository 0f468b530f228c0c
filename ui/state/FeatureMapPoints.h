#pragma once
/// @file FeatureMapPoints.h
/// @brief A feature map (core/embed/FeatureMap.h) joined to the open dataset: each point's
/// image, split and class, the map's bounds, a drawing order and a grid for finding the point
/// under the cursor among 437k without looking at every one. Built off the GUI thread, then
/// read-only.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "embed/FeatureMap.h"
#include "state/LoadedDataset.h"

/// @brief A rectangle in map coordinates.
struct MapBounds {
    float minX = 0, minY = 0, maxX = 1, maxY = 1;
    float width() const { return maxX - minX; }
    float height() const { return maxY - minY; }
};

/// Points are kept in the order they are drawn: shuffled (seeded by the map's seed), so that no
/// class or split is always painted over the others where they overlap, and drawing reads
/// memory in order.
struct FeatureMapPoints {
    std::vector<float> xy;         ///< count() x (x, y), map coordinates.
    std::vector<int32_t> images;   ///< Index into Dataset::images of each point.
    std::vector<int32_t> classes;  ///< Class of each point's image, -1 when unlabelled.
    std::vector<uint8_t> splits;   ///< taxa::Split of each point.
    MapBounds bounds;
    std::string path;  ///< The map file, where read from one.

    size_t count() const { return images.size(); }
    float x(size_t i) const { return xy[2 * i]; }
    float y(size_t i) const { return xy[2 * i + 1]; }

    /// @brief Joins @p map to @p data's images by split and image id. Throws taxa::Error naming
    /// @p path when the map names an image the dataset lacks (a map of another dataset).
    static std::shared_ptr<const FeatureMapPoints> join(const taxa::embed::FeatureMap& map,
                                                        const LoadedDataset& data,
                                                        const std::string& path);

    /// @brief The point nearest to (@p x, @p y) no farther than @p radius, or -1.
    int32_t nearest(float x, float y, float radius) const;
    /// @brief Points whose image is one of @p classes (sorted class indices).
    std::vector<int32_t> pointsOfClasses(const std::vector<int32_t>& classes) const;
    /// @brief The point of dataset image @p image, or -1.
    int32_t pointOfImage(int32_t image) const;

  private:
    void buildGrid();
    int cellOf(float x, float y) const;
    static constexpr int kGrid = 256;    ///< Cells per side of the hit-test grid.
    std::vector<int32_t> cellStart_;     ///< kGrid^2 + 1 offsets into cellPoints_.
    std::vector<int32_t> cellPoints_;    ///< Point indices grouped by cell.
    std::vector<int32_t> pointOfImage_;  ///< Dataset image -> point, -1 when not mapped.
};
