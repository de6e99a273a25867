/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ber-record.h"

G_BEGIN_DECLS

#define BER_TYPE_AGENDA_TEMPLATE_POINT (ber_agenda_template_point_get_type ())

G_DECLARE_FINAL_TYPE (BerAgendaTemplatePoint, ber_agenda_template_point, BER,
                      AGENDA_TEMPLATE_POINT, BerRecord)

BerAgendaTemplatePoint *ber_agenda_template_point_new          (void);
const char             *ber_agenda_template_point_get_title    (BerAgendaTemplatePoint *self);
int                     ber_agenda_template_point_get_position (BerAgendaTemplatePoint *self);

G_END_DECLS
