#pragma once

namespace berth::core {

// Labels Berth puts on every container it creates, so the container list can tell whose runs are whose on a shared
// server and which saved profile started them.
struct BerthLabels
{
    static constexpr const char *Owner = "berth.owner";     // the launching user's login name
    static constexpr const char *Profile = "berth.profile"; // the saved profile's name; absent for ad-hoc launches
};

} // namespace berth::core
