#include "geo/GeoEncoding.h"

#include <cmath>

namespace taxa::geo {

namespace {

constexpr double kPi = 3.14159265358979323846;

// Reads exactly @p n digits at @p s[at]; -1 when any is not a digit.
int digits(std::string_view s, size_t at, size_t n) {
    if (s.size() < at + n) return -1;
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

bool leap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

}  // namespace

int daysInYear(int year) {
    return leap(year) ? 366 : 365;
}

int dayOfYear(std::string_view date) {
    const int year = digits(date, 0, 4), month = digits(date, 5, 2), day = digits(date, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || date[4] != '-' || date[7] != '-')
        return -1;
    static const int before[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    static const int length[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int extra = leap(year) && month > 2 ? 1 : 0;
    const int monthLength = length[month - 1] + (leap(year) && month == 2 ? 1 : 0);
    if (day > monthLength) return -1;
    return before[month - 1] + extra + day;
}

int monthOf(std::string_view date) {
    return dayOfYear(date) > 0 ? digits(date, 5, 2) : 0;
}

float scaledDate(std::string_view date) {
    const int doy = dayOfYear(date);
    if (doy < 0) return NAN;
    const int days = daysInYear(digits(date, 0, 4));
    return static_cast<float>(2.0 * (doy - 1) / days - 1.0);
}

bool toGeoPoint(const Location& loc, GeoPoint& out) {
    if (!std::isfinite(loc.lat) || !std::isfinite(loc.lon) || std::fabs(loc.lat) > 90 ||
        std::fabs(loc.lon) > 180)
        return false;
    out.lon = loc.lon / 180.0f;
    out.lat = loc.lat / 90.0f;
    const float d = scaledDate(loc.date);
    out.hasDate = std::isfinite(d);
    out.date = out.hasDate ? d : 0.0f;
    return true;
}

Encoded encode(const GeoPoint& p) {
    const double x[3] = {p.lon, p.lat, p.date};
    Encoded e;
    e[0] = static_cast<float>(std::sin(kPi * x[0]));
    e[1] = static_cast<float>(std::sin(kPi * x[1]));
    e[2] = static_cast<float>(std::cos(kPi * x[0]));
    e[3] = static_cast<float>(std::cos(kPi * x[1]));
    e[4] = static_cast<float>(std::sin(kPi * x[2]));
    e[5] = static_cast<float>(std::cos(kPi * x[2]));
    return e;
}

}  // namespace taxa::geo
