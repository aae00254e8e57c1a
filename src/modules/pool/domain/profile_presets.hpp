#pragma once
// The regulation profiles the seeds define, shipped as presets (SPEC §4): an administrator starts from one and
// edits a copy.

#include "modules/pool/domain/pool_profile.hpp"

namespace metodset::pool {

/// The regional asset of Tomsk region: Положение о региональном методическом активе Томской области,
/// approved by распоряжение Департамента общего образования Томской области от 27.10.2022 № 1788-р (002).
PoolProfile TomskRma2022();

/// The municipal asset of Alexandrovsky district: Положение о муниципальном методическом активе
/// Александровского района (000; the seed gives no number or date of approval).
PoolProfile AleksandrovskyMma();

}  // namespace metodset::pool
