/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Every entity of the register, for code that uses many of them. */

#include "ber-record.h"
#include "ber-list-filter.h"
#include "ber-record-list.h"

#include "ber-agenda-entry.h"
#include "ber-agenda-template-point.h"
#include "ber-assignment.h"
#include "ber-attendance.h"
#include "ber-body.h"
#include "ber-clause.h"
#include "ber-distribution.h"
#include "ber-document.h"
#include "ber-event-attendance.h"
#include "ber-fee.h"
#include "ber-forum-event.h"
#include "ber-influence-question.h"
#include "ber-item.h"
#include "ber-item-transition.h"
#include "ber-meeting.h"
#include "ber-membership.h"
#include "ber-network.h"
#include "ber-network-body.h"
#include "ber-network-review.h"
#include "ber-person.h"
#include "ber-report.h"
#include "ber-routing-rule.h"
#include "ber-statement.h"
#include "ber-subject-area.h"
#include "ber-organisation.h"
