#pragma once
/// @file GeoEncoding.h
/// @brief Where and when a photo was taken, as the geographic prior reads it: longitude,
/// latitude and the day of the year scaled to [-1, 1], and the network's 6-value input
/// (Mac Aodha, Cole and Perona, ICCV 2019): the sine and cosine of pi times each.

#include <array>
#include <string_view>

#include "dataset/Dataset.h"

namespace taxa::geo {

/// @brief A place and season, each scaled to [-1, 1]; date is 0 (midsummer of the scale,
/// about 2 July) when a photo has no date.
struct GeoPoint {
    float lon = 0;   ///< Longitude / 180.
    float lat = 0;   ///< Latitude / 90.
    float date = 0;  ///< (Day of year - 1) / days in that year, times 2, minus 1.
    bool hasDate = false;
};

/// @brief Inputs of the network: sin(pi lon), sin(pi lat), cos(pi lon), cos(pi lat),
/// sin(pi date), cos(pi date), in the order of the authors' encode_loc_time.
constexpr int kEncodedSize = 6;
using Encoded = std::array<float, kEncodedSize>;

/// @brief Day of the year (1..366) of a date written "YYYY-MM-DD..." (the locations files add
/// a time and zone after it), or -1 when it is not such a date.
int dayOfYear(std::string_view date);

/// @brief Days in a Gregorian year (365 or 366).
int daysInYear(int year);

/// @brief The day of the year scaled to [-1, 1) as the prior reads it; NaN for an unreadable
/// date.
float scaledDate(std::string_view date);

/// @brief A location record as the prior reads it; false when it has no usable latitude and
/// longitude (the date may be missing: then date = 0 and hasDate = false).
bool toGeoPoint(const Location& loc, GeoPoint& out);

/// @brief The network's input for a point.
Encoded encode(const GeoPoint& p);

/// @brief Month (1..12) of a date written "YYYY-MM-DD...", or 0.
int monthOf(std::string_view date);

}  // namespace taxa::geo
