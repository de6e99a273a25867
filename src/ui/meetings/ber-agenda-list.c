/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ber-agenda-list"

#include "config.h"

#include <glib/gi18n.h>

#include "ber-agenda-list.h"
#include "ber-labels.h"
#include "ber-meetings-util.h"
#include "ber-model.h"
#include "ber-narrow-list.h"
#include "ber-ui-util.h"

/*
 * The agenda of one meeting: its entries in order with their § number,
 * clock time, kind, presenter, estimate and decision. An entry dragged onto
 * another asks to be moved there (::move-entry), one activated to be opened
 * (::entry-activated). The selection stays on its entry when the agenda
 * changes under it. An empty agenda says so and offers what to add. While
 * decisions are recorded, each matter's Decision cell has a button that
 * chooses the entry and asks for its decision (the page's "page.decision"),
 * so that a keyboard or a screen reader reaches a row's decision directly.
 */
struct _BerAgendaList
{
  AdwBin               parent_instance;

  BerContext          *context;
  gint64               meeting_id;
  GListModel          *entries;
  GtkSingleSelection  *selection;
  gint64               keep_id;     /* the entry selected when the agenda changed */
  guint                refresh_source;

  char               **times;       /* the clock time of each position */
  GHashTable          *names;       /* person id → name */
  GHashTable          *counts;      /* entry id → StatementCount */
  GHashTable          *bound;       /* GtkListItem → its column, for cells shown */
  gboolean             deciding;    /* decisions are recorded: cells offer the dialog */

  GtkStack            *stack;
  GtkColumnView       *column_view;
  BerNarrowList       *narrow;      /* in the columns' place in a narrow window */
  GtkColumnViewColumn *paragraph_column;
  GtkColumnViewColumn *time_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *kind_column;
  GtkColumnViewColumn *presenter_column;
  GtkColumnViewColumn *minutes_column;
  GtkColumnViewColumn *decision_column;
};

/* Narrower than this, the agenda is rows rather than columns. */
#define BER_AGENDA_LIST_NARROW_WIDTH 560

G_DEFINE_FINAL_TYPE (BerAgendaList, ber_agenda_list, ADW_TYPE_BIN)

enum
{
  MOVE_ENTRY,
  SELECTION_CHANGED,
  ENTRY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum
{
  COL_PARAGRAPH = 1,
  COL_TIME,
  COL_TITLE,
  COL_KIND,
  COL_PRESENTER,
  COL_MINUTES,
  COL_DECISION,
};

/* What the minutes record under an entry's decision, for its summary. */
typedef struct
{
  guint reservations;
  guint others;
} StatementCount;

/* Derived data */

static gboolean
load_names (BerAgendaList  *self,
            GError        **error)
{
  guint n = g_list_model_get_n_items (self->entries);

  g_hash_table_remove_all (self->names);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BerRecord) entry = g_list_model_get_item (self->entries, i);
      gint64 presenter = ber_record_get_int64 (entry, "presenter-id");
      g_autoptr(BerRecord) person = NULL;

      if (presenter == 0 || g_hash_table_contains (self->names, &presenter))
        continue;
      person = ber_context_load (self->context, BER_TYPE_PERSON, presenter, error);
      if (person == NULL)
        return FALSE;
      g_hash_table_insert (self->names, g_memdup2 (&presenter, sizeof presenter),
                           g_strdup (ber_record_get_label (person)));
    }
  return TRUE;
}

static gboolean
load_counts (BerAgendaList  *self,
             GError        **error)
{
  BerMeetings *meetings = ber_context_get_meetings (self->context);
  g_autoptr(GListModel) statements = NULL;

  g_hash_table_remove_all (self->counts);
  statements = ber_meetings_list_meeting_statements (meetings, self->meeting_id, error);
  if (statements == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(BerStatement) statement = g_list_model_get_item (statements, i);
      gint64 entry_id = ber_record_get_int64 (BER_RECORD (statement), "agenda-entry-id");
      StatementCount *count = g_hash_table_lookup (self->counts, &entry_id);

      if (count == NULL)
        {
          count = g_new0 (StatementCount, 1);
          g_hash_table_insert (self->counts, g_memdup2 (&entry_id, sizeof entry_id), count);
        }
      if (g_strcmp0 (ber_statement_get_kind (statement), "reservation") == 0)
        count->reservations++;
      else
        count->others++;
    }
  return TRUE;
}

/* Cells */

/* "As proposed · 1 reservation, 2 statements" */
static char *
decision_summary (BerAgendaList  *self,
                  BerAgendaEntry *entry)
{
  gint64 id = ber_record_get_id (BER_RECORD (entry));
  const char *decision = ber_record_get_string (BER_RECORD (entry), "decision");
  StatementCount *count = g_hash_table_lookup (self->counts, &id);
  g_autoptr(GString) text = g_string_new (NULL);

  if (decision != NULL && *decision != '\0')
    g_string_append (text, ber_choice_label (BER_CHOICES_DECISION, decision));
  if (count == NULL)
    return g_string_free (g_steal_pointer (&text), FALSE);
  if (text->len > 0)
    g_string_append (text, " · ");
  if (count->reservations > 0)
    /* Translators: in the Decision column of the agenda */
    g_string_append_printf (text, ngettext ("%u reservation", "%u reservations",
                                            count->reservations),
                            count->reservations);
  if (count->reservations > 0 && count->others > 0)
    g_string_append (text, ", ");
  if (count->others > 0)
    /* Translators: statements for the minutes and special opinions, in the Decision column */
    g_string_append_printf (text, ngettext ("%u statement", "%u statements", count->others),
                            count->others);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
cell_text (BerAgendaList  *self,
           GtkListItem    *item,
           guint           column)
{
  BerAgendaEntry *entry = gtk_list_item_get_item (item);
  guint position = gtk_list_item_get_position (item);
  int paragraph = 0, minutes = 0;
  gint64 presenter = 0;

  if (entry == NULL)
    return g_strdup ("");
  g_object_get (entry, "paragraph", &paragraph, "estimated-minutes", &minutes,
                "presenter-id", &presenter, NULL);
  switch (column)
    {
    case COL_PARAGRAPH:
      return paragraph > 0 ? g_strdup_printf ("§ %d", paragraph) : g_strdup ("");
    case COL_TIME:
      if (self->times != NULL && position < g_strv_length (self->times))
        return g_strdup (self->times[position]);
      return g_strdup ("");
    case COL_TITLE:
      return g_strdup (ber_agenda_entry_get_title (entry));
    case COL_KIND:
      return ber_meetings_kind_label (ber_agenda_entry_get_kind (entry));
    case COL_PRESENTER:
      return g_strdup (presenter != 0 ? g_hash_table_lookup (self->names, &presenter) : "");
    case COL_MINUTES:
      /* Translators: estimated minutes of an agenda entry, "15 min" */
      return g_strdup_printf (_("%d min"), minutes);
    case COL_DECISION:
      return decision_summary (self, entry);
    default:
      return g_strdup ("");
    }
}

/* The Decision cell is a label and its button; the other cells a label. */
static GtkLabel *
cell_label (GtkListItem *item,
            guint        column)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  return GTK_LABEL (column == COL_DECISION ? gtk_widget_get_first_child (child) : child);
}

static void
show_decision_button (BerAgendaList *self,
                      GtkListItem   *item)
{
  GtkWidget *button = gtk_widget_get_last_child (gtk_list_item_get_child (item));
  BerAgendaEntry *entry = gtk_list_item_get_item (item);
  gboolean matter = entry != NULL && g_str_equal (ber_agenda_entry_get_kind (entry), "item");
  int paragraph = 0;
  g_autofree char *name = NULL;

  gtk_widget_set_visible (button, self->deciding && matter);
  if (!matter)
    return;
  g_object_get (entry, "paragraph", &paragraph, NULL);
  /* Translators: the accessible name of an agenda row's decision button:
   * "Decision on § 7, Samråd om EU:s sammanhållningspolitik" */
  name = g_strdup_printf (_("Decision on § %d, %s"), paragraph, ber_agenda_entry_get_title (entry));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
show_cell (BerAgendaList *self,
           GtkListItem   *item,
           guint          column)
{
  g_autofree char *text = cell_text (self, item, column);

  gtk_label_set_label (cell_label (item, column), text != NULL ? text : "");
  if (column == COL_DECISION)
    show_decision_button (self, item);
}

/* Chooses the button's entry and asks the page for its decision. */
static void
on_decision_clicked (GtkButton   *button,
                     GtkListItem *item)
{
  BerAgendaList *self = BER_AGENDA_LIST (gtk_widget_get_ancestor (GTK_WIDGET (button),
                                                                  BER_TYPE_AGENDA_LIST));
  guint position = gtk_list_item_get_position (item);

  if (self == NULL || position == GTK_INVALID_LIST_POSITION)
    return;
  ber_agenda_list_select (self, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "page.decision", NULL);
}

static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListItem   *item)
{
  BerRecord *entry = gtk_list_item_get_item (item);
  GValue value = G_VALUE_INIT;
  GdkContentProvider *provider;

  if (entry == NULL)
    return NULL;
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, ber_record_get_id (entry));
  provider = gdk_content_provider_new_for_value (&value);
  g_value_unset (&value);
  return provider;
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkListItem   *item)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  BerAgendaList *self = BER_AGENDA_LIST (gtk_widget_get_ancestor (widget, BER_TYPE_AGENDA_LIST));
  guint to = gtk_list_item_get_position (item);
  gint64 id;

  if (!G_VALUE_HOLDS_INT64 (value) || self == NULL || self->entries == NULL)
    return FALSE;
  id = g_value_get_int64 (value);
  for (guint i = 0; i < g_list_model_get_n_items (self->entries); i++)
    {
      g_autoptr(BerAgendaEntry) entry = g_list_model_get_item (self->entries, i);

      if (ber_record_get_id (BER_RECORD (entry)) == id)
        {
          g_signal_emit (self, signals[MOVE_ENTRY], 0, entry, (int) to - (int) i);
          return TRUE;
        }
    }
  return FALSE;
}

static void
on_cell_setup (BerAgendaList            *self,
               GtkListItem              *item,
               GtkSignalListItemFactory *factory)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  gboolean figures = column == COL_PARAGRAPH || column == COL_TIME || column == COL_MINUTES;
  GtkWidget *label = gtk_label_new (NULL);

  /* Figures (§, time, minutes) stand right-aligned, digit under digit. */
  gtk_label_set_xalign (GTK_LABEL (label), figures ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (column == COL_DECISION)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *button = gtk_button_new_with_label (_("Decision…"));

      gtk_widget_set_hexpand (label, TRUE);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_visible (button, FALSE);
      g_signal_connect (button, "clicked", G_CALLBACK (on_decision_clicked), item);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), button);
      gtk_list_item_set_child (item, box);
    }
  else
    gtk_list_item_set_child (item, label);

  if (column == COL_TITLE)
    {
      GtkDragSource *source = gtk_drag_source_new ();
      GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

      gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
      g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), item);
      g_signal_connect (target, "drop", G_CALLBACK (on_drop), item);
      gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (source));
      gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (target));
    }
}

static void
on_cell_bind (BerAgendaList            *self,
              GtkListItem              *item,
              GtkSignalListItemFactory *factory)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));

  g_hash_table_insert (self->bound, item, GUINT_TO_POINTER (column));
  show_cell (self, item, column);
}

static void
on_cell_unbind (BerAgendaList            *self,
                GtkListItem              *item,
                GtkSignalListItemFactory *factory)
{
  g_hash_table_remove (self->bound, item);
}

static void
setup_column (BerAgendaList       *self,
              GtkColumnViewColumn *column,
              guint                id)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (id));
  g_signal_connect_object (factory, "setup", G_CALLBACK (on_cell_setup), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_cell_bind), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (on_cell_unbind), self,
                           G_CONNECT_SWAPPED);
  gtk_column_view_column_set_factory (column, factory);
  g_object_unref (factory);
}

/* The cells shown take the times, names and counts read last. */
static void
show_bound_cells (BerAgendaList *self)
{
  GHashTableIter iter;
  gpointer item, column;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &item, &column))
    show_cell (self, item, GPOINTER_TO_UINT (column));
  if (self->narrow != NULL)
    ber_narrow_list_update (self->narrow);
}

/* A row of the narrow list: the entry, "§ 61 · 09:15 · Anna Berg · 15 min". */
static void
describe_row (gpointer      item,
              BerNarrowRow *row,
              gpointer      user_data)
{
  BerAgendaList *self = user_data;
  BerAgendaEntry *entry = item;
  int paragraph = 0, minutes = 0;
  gint64 presenter = 0;
  guint position = GTK_INVALID_LIST_POSITION;
  g_autofree char *number = NULL, *estimate = NULL, *decision = NULL;
  const char *time = NULL;

  g_object_get (entry, "paragraph", &paragraph, "estimated-minutes", &minutes, "presenter-id",
                &presenter, NULL);
  for (guint i = 0; self->entries != NULL && i < g_list_model_get_n_items (self->entries); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (self->entries, i);

      if (other == (GObject *) entry)
        position = i;
    }
  if (self->times != NULL && position < g_strv_length (self->times))
    time = self->times[position];
  if (paragraph > 0)
    number = g_strdup_printf ("§ %d", paragraph);
  /* Translators: estimated minutes of an agenda entry, "15 min" */
  estimate = g_strdup_printf (_("%d min"), minutes);
  decision = decision_summary (self, entry);
  row->title = g_strdup (ber_agenda_entry_get_title (entry));
  row->subtitle = BER_NARROW_JOIN (number, time,
                                   presenter != 0 ? g_hash_table_lookup (self->names, &presenter)
                                                  : NULL,
                                   estimate, decision);
}

/* Keeping the selection */

/* Runs before the selection hears of the change. A list read anew says so
 * twice (all entries go, then all come): the entry is kept from the first. */
static void
on_entries_changing (BerAgendaList *self)
{
  BerRecord *selected = gtk_single_selection_get_selected_item (self->selection);

  if (selected != NULL)
    self->keep_id = ber_record_get_id (selected);
}

/* The list, or what to add when the meeting's agenda has nothing on it. */
static void
update_empty (BerAgendaList *self)
{
  gboolean empty = self->entries != NULL && g_list_model_get_n_items (self->entries) == 0;

  gtk_stack_set_visible_child_name (self->stack, empty ? "empty" : "list");
}

/* Runs after it: the entry selected before stays selected, once there are
 * entries again. */
static void
on_entries_changed (BerAgendaList *self)
{
  update_empty (self);
  if (self->keep_id != 0 && g_list_model_get_n_items (self->entries) > 0)
    {
      ber_agenda_list_select_id (self, self->keep_id);
      self->keep_id = 0;
    }
}

static void
on_activate (BerAgendaList *self,
             guint          position)
{
  g_autoptr(BerAgendaEntry) entry = NULL;

  if (self->entries != NULL && (entry = g_list_model_get_item (self->entries, position)) != NULL)
    g_signal_emit (self, signals[ENTRY_ACTIVATED], 0, entry);
}

static void
on_selection_changed (BerAgendaList *self)
{
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static gboolean
refresh_idle (gpointer data)
{
  BerAgendaList *self = data;
  g_autoptr(GError) error = NULL;

  self->refresh_source = 0;
  if (!ber_agenda_list_refresh (self, &error))
    ber_ui_toast (GTK_WIDGET (self), error->message);
  return G_SOURCE_REMOVE;
}

/* Times, presenters and decisions change with writes in other views too. */
static void
on_record_changed (BerAgendaList *self,
                   GType          type)
{
  if ((type == BER_TYPE_AGENDA_ENTRY || type == BER_TYPE_STATEMENT || type == BER_TYPE_PERSON
       || type == BER_TYPE_MEETING)
      && self->meeting_id != 0 && self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_idle, self);
}

/* Object */

static void
ber_agenda_list_dispose (GObject *object)
{
  BerAgendaList *self = BER_AGENDA_LIST (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->entries != NULL)
    g_signal_handlers_disconnect_by_data (self->entries, self);
  /* AdwBin 1.2 keeps a pointer to the child that the template disposes. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BER_TYPE_AGENDA_LIST);
  self->narrow = NULL;
  g_clear_object (&self->selection);
  g_clear_object (&self->entries);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ber_agenda_list_parent_class)->dispose (object);
}

static void
ber_agenda_list_finalize (GObject *object)
{
  BerAgendaList *self = BER_AGENDA_LIST (object);

  g_strfreev (self->times);
  g_hash_table_unref (self->names);
  g_hash_table_unref (self->counts);
  g_hash_table_unref (self->bound);

  G_OBJECT_CLASS (ber_agenda_list_parent_class)->finalize (object);
}

static void
ber_agenda_list_class_init (BerAgendaListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ber_agenda_list_dispose;
  object_class->finalize = ber_agenda_list_finalize;

  /**
   * BerAgendaList::move-entry:
   * @entry: the entry dragged
   * @delta: places to move it: negative up, positive down
   */
  signals[MOVE_ENTRY] = g_signal_new ("move-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                      BER_TYPE_AGENDA_ENTRY, G_TYPE_INT);
  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
  /**
   * BerAgendaList::entry-activated:
   * @entry: the entry activated with Enter or a double click
   */
  signals[ENTRY_ACTIVATED] = g_signal_new ("entry-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                           1, BER_TYPE_AGENDA_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/beredning/Beredning/ui/"
                                               "ber-agenda-list.ui");
  gtk_widget_class_bind_template_child (widget_class, BerAgendaList, stack);
  gtk_widget_class_bind_template_child (widget_class, BerAgendaList, column_view);
  gtk_widget_class_bind_template_child (widget_class, BerAgendaList, paragraph_column);
  gtk_widget_class_bind_template_child (widget_class, BerAgendaList, time_column);
  gtk_widget_class_bind_template_child (widget_class, BerAgendaList, title_column);
  gtk_widget_class_bind_template_child (widget_class, BerAgendaList, kind_column);
  gtk_widget_class_bind_template_child (widget_class, BerAgendaList, presenter_column);
  gtk_widget_class_bind_template_child (widget_class, BerAgendaList, minutes_column);
  gtk_widget_class_bind_template_child (widget_class, BerAgendaList, decision_column);
}

static void
ber_agenda_list_init (BerAgendaList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->bound = g_hash_table_new (NULL, NULL);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (on_activate), self,
                           G_CONNECT_SWAPPED);

  setup_column (self, self->paragraph_column, COL_PARAGRAPH);
  setup_column (self, self->time_column, COL_TIME);
  setup_column (self, self->title_column, COL_TITLE);
  setup_column (self, self->kind_column, COL_KIND);
  setup_column (self, self->presenter_column, COL_PRESENTER);
  setup_column (self, self->minutes_column, COL_MINUTES);
  setup_column (self, self->decision_column, COL_DECISION);

  /* In a narrow window the entries are rows; in a middling one the
   * columns that matter less give way to the entry's title. */
  self->narrow = BER_NARROW_LIST (ber_narrow_list_new ());
  ber_narrow_list_set_row_func (self->narrow, describe_row, self, NULL);
  ber_narrow_list_replace (self->narrow, self->column_view, BER_AGENDA_LIST_NARROW_WIDTH);
  ber_narrow_list_fold_columns (self->narrow, self->kind_column, self->minutes_column,
                                self->presenter_column, NULL);
  g_signal_connect_object (self->narrow, "activate", G_CALLBACK (on_activate), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
ber_agenda_list_new (void)
{
  return g_object_new (BER_TYPE_AGENDA_LIST, NULL);
}

static void
set_entries (BerAgendaList *self,
             GListModel    *entries)
{
  if (self->entries != NULL)
    g_signal_handlers_disconnect_by_data (self->entries, self);
  g_set_object (&self->entries, entries);
  /* Before the selection connects to the list, and after it. */
  if (entries != NULL)
    g_signal_connect_object (entries, "items-changed", G_CALLBACK (on_entries_changing), self,
                             G_CONNECT_SWAPPED);
  gtk_single_selection_set_model (self->selection, entries);
  if (entries != NULL)
    g_signal_connect_object (entries, "items-changed", G_CALLBACK (on_entries_changed), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  update_empty (self);
}

/**
 * ber_agenda_list_show_meeting:
 * @context: (nullable): the register
 * @meeting_id: the meeting whose agenda to show, or 0 for none
 *
 * Shows the agenda of another meeting, nothing selected; the same meeting
 * again keeps its list and selection, with its details read anew.
 */
gboolean
ber_agenda_list_show_meeting (BerAgendaList  *self,
                              BerContext     *context,
                              gint64          meeting_id,
                              GError        **error)
{
  g_autoptr(GListModel) entries = NULL;

  g_return_val_if_fail (BER_IS_AGENDA_LIST (self), FALSE);

  if (self->context != context)
    {
      if (self->context != NULL)
        g_signal_handlers_disconnect_by_data (self->context, self);
      g_set_object (&self->context, context);
      if (context != NULL)
        g_signal_connect_object (context, "record-changed", G_CALLBACK (on_record_changed),
                                 self, G_CONNECT_SWAPPED);
      self->meeting_id = 0;
    }

  if (self->meeting_id == meeting_id && self->entries != NULL)
    return ber_agenda_list_refresh (self, error);

  self->meeting_id = 0;
  self->keep_id = 0;
  set_entries (self, NULL);
  if (context == NULL || meeting_id == 0)
    return TRUE;

  entries = ber_meetings_list_entries (ber_context_get_meetings (context), meeting_id, error);
  if (entries == NULL)
    return FALSE;
  self->meeting_id = meeting_id;
  set_entries (self, entries);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  return ber_agenda_list_refresh (self, error);
}

/* Reads the clock times, presenters and statements again and shows them. */
gboolean
ber_agenda_list_refresh (BerAgendaList  *self,
                         GError        **error)
{
  BerMeetings *meetings;
  g_auto(GStrv) times = NULL;

  g_return_val_if_fail (BER_IS_AGENDA_LIST (self), FALSE);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->context == NULL || self->meeting_id == 0)
    return TRUE;
  meetings = ber_context_get_meetings (self->context);
  times = ber_meetings_clock_times (meetings, self->meeting_id, error);
  if (times == NULL || !load_names (self, error) || !load_counts (self, error))
    return FALSE;
  g_strfreev (self->times);
  self->times = g_steal_pointer (&times);
  show_bound_cells (self);
  return TRUE;
}

/* Returns: (transfer none) (nullable): the meeting's #BerAgendaEntry in order */
GListModel *
ber_agenda_list_get_entries (BerAgendaList *self)
{
  g_return_val_if_fail (BER_IS_AGENDA_LIST (self), NULL);
  return self->entries;
}

/* Returns: (transfer none) (nullable): the entry selected */
BerAgendaEntry *
ber_agenda_list_get_selected_entry (BerAgendaList *self)
{
  g_return_val_if_fail (BER_IS_AGENDA_LIST (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

guint
ber_agenda_list_get_selected (BerAgendaList *self)
{
  g_return_val_if_fail (BER_IS_AGENDA_LIST (self), GTK_INVALID_LIST_POSITION);
  return gtk_single_selection_get_selected (self->selection);
}

void
ber_agenda_list_select (BerAgendaList *self,
                        guint          position)
{
  g_return_if_fail (BER_IS_AGENDA_LIST (self));
  gtk_single_selection_set_selected (self->selection, position);
}

/**
 * ber_agenda_list_set_deciding:
 *
 * Whether decisions are being recorded: each matter's Decision cell then
 * offers the decision dialog.
 */
void
ber_agenda_list_set_deciding (BerAgendaList *self,
                              gboolean       deciding)
{
  g_return_if_fail (BER_IS_AGENDA_LIST (self));

  deciding = !!deciding;
  if (self->deciding == deciding)
    return;
  self->deciding = deciding;
  show_bound_cells (self);
}

/* Selects the entry @entry_id, when the agenda holds it. */
void
ber_agenda_list_select_id (BerAgendaList *self,
                           gint64         entry_id)
{
  g_return_if_fail (BER_IS_AGENDA_LIST (self));

  for (guint i = 0; self->entries != NULL && i < g_list_model_get_n_items (self->entries); i++)
    {
      g_autoptr(BerRecord) entry = g_list_model_get_item (self->entries, i);

      if (ber_record_get_id (entry) == entry_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
}
