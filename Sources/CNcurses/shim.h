#ifndef DOSSIER_CNCURSES_SHIM_H
#define DOSSIER_CNCURSES_SHIM_H

// Wide-character ncurses needs the X/Open extensions before any system header.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <signal.h>
#include <string.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import function-like macros, so the few that Dossier needs are wrapped here.

static inline int dossier_color_pair(int pair) { return (int)COLOR_PAIR(pair); }
static inline int dossier_lines(void) { return getmaxy(stdscr); }
static inline int dossier_cols(void) { return getmaxx(stdscr); }
static inline attr_t dossier_a_bold(void) { return A_BOLD; }
static inline attr_t dossier_a_dim(void) { return A_DIM; }
static inline attr_t dossier_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dossier_a_reverse(void) { return A_REVERSE; }
static inline attr_t dossier_a_italic(void) { return A_ITALIC; }
static inline attr_t dossier_a_normal(void) { return A_NORMAL; }
static inline int dossier_key_code_yes(void) { return KEY_CODE_YES; }
static inline WINDOW *dossier_stdscr(void) { return stdscr; }
static inline WINDOW *dossier_curscr(void) { return curscr; }
static inline int dossier_colors(void) { return COLORS; }
static inline int dossier_color_pairs(void) { return COLOR_PAIRS; }

/// Reports clicks, double-clicks and the wheel (buttons 4 and 5), and nothing else, so that a
/// drag still selects text in terminals that pass it through with Shift.
static inline void dossier_enable_mouse(void) {
    mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(200);
}

/// Reads the pending mouse event: 1 click, 2 double-click, 3 wheel up, 4 wheel down, 0 anything else.
static inline int dossier_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return 0;
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON1_DOUBLE_CLICKED) return 2;
    if (event.bstate & BUTTON1_CLICKED) return 1;
    if (event.bstate & BUTTON4_PRESSED) return 3;
    if (event.bstate & BUTTON5_PRESSED) return 4;
    return 0;
}

static inline int dossier_key_mouse(void) { return KEY_MOUSE; }

/// Draws one grapheme (up to a few code points) with the given attributes and colour pair.
static inline int dossier_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

// Signals are recorded in a flag that the input loop polls: doing real work inside a handler is
// not async-signal-safe, and leaving the handler lets wget_wch return with EINTR.
static volatile sig_atomic_t dossier_pending_signal = 0;

static inline void dossier_record_signal(int signal_number) { dossier_pending_signal = signal_number; }

static inline int dossier_catch_signal(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = dossier_record_signal;
    sigemptyset(&action.sa_mask);
    return sigaction(signal_number, &action, NULL);
}

static inline int dossier_take_pending_signal(void) {
    int signal_number = dossier_pending_signal;
    dossier_pending_signal = 0;
    return signal_number;
}

// A crash cannot be recovered from, but the terminal can still be handed back in a usable state
// before the default action (core dump, exit status) runs.
static inline void dossier_restore_and_reraise(int signal_number) {
    endwin();
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static inline int dossier_restore_terminal_on_crash(int signal_number) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = dossier_restore_and_reraise;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    return sigaction(signal_number, &action, NULL);
}

#endif
