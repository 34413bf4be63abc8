//! The two tables of Newman's cli reporter, drawn the way `cli-table3` draws them: the boxed
//! run summary and the borderless failure list. Widths are computed on plain text; colours are
//! added per cell afterwards so ANSI codes never disturb alignment.

use anstyle::Style;
use unicode_width::UnicodeWidthStr;

/// Horizontal alignment inside a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Flush left.
    Left,
    /// Flush right.
    Right,
}

/// One cell: text, alignment and style.
#[derive(Debug, Clone)]
pub struct Cell {
    text: String,
    align: Align,
    style: Style,
}

impl Cell {
    /// A plain cell.
    pub fn new(text: impl Into<String>, align: Align) -> Cell {
        Cell {
            text: text.into(),
            align,
            style: Style::new(),
        }
    }

    /// The same cell drawn in `style`.
    pub fn styled(mut self, style: Style) -> Cell {
        self.style = style;
        self
    }

    fn width(&self) -> usize {
        self.text
            .lines()
            .map(UnicodeWidthStr::width)
            .max()
            .unwrap_or(0)
    }
}

/// A row of the boxed table.
#[derive(Debug, Clone)]
pub enum Row {
    /// One cell per column.
    Cells(Vec<Cell>),
    /// One left-aligned cell across all columns.
    Span(Cell),
}

/// Border characters.
struct Borders {
    horizontal: char,
    vertical: char,
    top: [char; 3],
    mid: [char; 3],
    bottom: [char; 3],
    /// Junctions `[top-mid, mid-mid, bottom-mid]` where column borders start, cross and end.
    junction: [char; 3],
}

const UNICODE_BORDERS: Borders = Borders {
    horizontal: '─',
    vertical: '│',
    top: ['┌', '┬', '┐'],
    mid: ['├', '┼', '┤'],
    bottom: ['└', '┴', '┘'],
    junction: ['┬', '┼', '┴'],
};

const ASCII_BORDERS: Borders = Borders {
    horizontal: '-',
    vertical: '|',
    top: ['-', '-', '-'],
    mid: ['-', '+', '-'],
    bottom: ['-', '-', '-'],
    junction: ['-', '+', '-'],
};

/// A boxed table with fixed minimum widths per column (including one space of padding on
/// each side) that grows to fit its content and its spanning rows.
pub struct BoxTable {
    min_widths: Vec<usize>,
    fixed: Vec<bool>,
    rows: Vec<Row>,
    ascii: bool,
    border_style: Style,
}

impl BoxTable {
    /// `fixed[i] = Some(w)` pins column `i` at `w` characters (cli-table3's `colWidths`).
    pub fn new(fixed: &[Option<usize>], ascii: bool, border_style: Style) -> BoxTable {
        BoxTable {
            min_widths: fixed.iter().map(|w| w.unwrap_or(0)).collect(),
            fixed: fixed.iter().map(Option::is_some).collect(),
            rows: Vec::new(),
            ascii,
            border_style,
        }
    }

    /// Appends a row.
    pub fn push(&mut self, row: Row) {
        self.rows.push(row);
    }

    fn widths(&self) -> Vec<usize> {
        let mut widths = self.min_widths.clone();
        for row in &self.rows {
            if let Row::Cells(cells) = row {
                for (i, cell) in cells.iter().enumerate() {
                    if let Some(w) = widths.get_mut(i)
                        && !self.fixed[i]
                    {
                        *w = (*w).max(cell.width() + 2);
                    }
                }
            }
        }
        // A spanning cell needs the columns plus the borders between them; extra width goes
        // round-robin to the columns that are not pinned.
        let span_need = self
            .rows
            .iter()
            .filter_map(|r| match r {
                Row::Span(c) => Some(c.width() + 2),
                Row::Cells(_) => None,
            })
            .max()
            .unwrap_or(0);
        let flexible: Vec<usize> = (0..widths.len()).filter(|i| !self.fixed[*i]).collect();
        let mut have = widths.iter().sum::<usize>() + widths.len().saturating_sub(1);
        let mut turn = 0usize;
        while have < span_need && !flexible.is_empty() {
            widths[flexible[turn % flexible.len()]] += 1;
            have += 1;
            turn += 1;
        }
        widths
    }

    /// Draws the table; every line ends with `\n`.
    pub fn render(&self) -> String {
        let b = if self.ascii {
            &ASCII_BORDERS
        } else {
            &UNICODE_BORDERS
        };
        let widths = self.widths();
        let inner: usize = widths.iter().sum::<usize>() + widths.len().saturating_sub(1);
        let bs = self.border_style;
        let line = |ends: [char; 3], cols: Option<char>| -> String {
            let mut s = String::new();
            s.push(ends[0]);
            match cols {
                Some(j) => {
                    for (i, w) in widths.iter().enumerate() {
                        if i > 0 {
                            s.push(j);
                        }
                        s.extend(std::iter::repeat_n(b.horizontal, *w));
                    }
                }
                None => s.extend(std::iter::repeat_n(b.horizontal, inner)),
            }
            s.push(ends[2]);
            format!("{bs}{s}{bs:#}\n")
        };
        let mut out = String::new();
        let mut previous_cells: Option<bool> = None;
        for row in &self.rows {
            let cells = matches!(row, Row::Cells(_));
            let sep = match (previous_cells, cells) {
                (None, true) => line(b.top, Some(b.junction[0])),
                (None, false) => line(b.top, None),
                (Some(true), true) => line(b.mid, Some(b.junction[1])),
                (Some(true), false) => line(b.mid, Some(b.junction[2])),
                (Some(false), true) => line(b.mid, Some(b.junction[0])),
                (Some(false), false) => line(b.mid, None),
            };
            out.push_str(&sep);
            let v = format!("{bs}{}{bs:#}", b.vertical);
            match row {
                Row::Cells(row_cells) => {
                    let height = row_cells
                        .iter()
                        .map(|c| c.text.lines().count().max(1))
                        .max()
                        .unwrap_or(1);
                    for l in 0..height {
                        out.push_str(&v);
                        for (i, w) in widths.iter().enumerate() {
                            if i > 0 {
                                out.push_str(&v);
                            }
                            let cell = row_cells.get(i);
                            let text = cell.and_then(|c| c.text.lines().nth(l)).unwrap_or("");
                            let align = cell.map_or(Align::Left, |c| c.align);
                            let style = cell.map_or(Style::new(), |c| c.style);
                            out.push(' ');
                            out.push_str(&pad(text, w.saturating_sub(2), align, style));
                            out.push(' ');
                        }
                        out.push_str(&v);
                        out.push('\n');
                    }
                }
                Row::Span(cell) => {
                    for text in cell.text.lines() {
                        out.push_str(&v);
                        out.push(' ');
                        out.push_str(&pad(text, inner.saturating_sub(2), cell.align, cell.style));
                        out.push(' ');
                        out.push_str(&v);
                        out.push('\n');
                    }
                }
            }
            previous_cells = Some(cells);
        }
        let last = match previous_cells {
            Some(true) => line(b.bottom, Some(b.junction[2])),
            Some(false) => line(b.bottom, None),
            None => String::new(),
        };
        out.push_str(&last);
        out
    }
}

/// Pads `text` to `width` display columns and wraps it in `style`.
fn pad(text: &str, width: usize, align: Align, style: Style) -> String {
    let fill = " ".repeat(width.saturating_sub(UnicodeWidthStr::width(text)));
    match align {
        Align::Left => format!("{style}{text}{style:#}{fill}"),
        Align::Right => format!("{fill}{style}{text}{style:#}"),
    }
}

/// A borderless table (Newman's failure list): one space of padding around each cell, a blank
/// line between rows, trailing spaces trimmed.
pub struct PlainTable {
    header: Vec<Cell>,
    rows: Vec<Vec<Cell>>,
    /// Fixed column widths (padding included), with word wrapping, for a known terminal width.
    fixed: Option<Vec<usize>>,
}

impl PlainTable {
    /// A table with these header cells.
    pub fn new(header: Vec<Cell>) -> PlainTable {
        PlainTable {
            header,
            rows: Vec::new(),
            fixed: None,
        }
    }

    /// Pins the column widths (one space of padding on each side included) and word-wraps
    /// cells to fit, as Newman does for its failure list on a terminal.
    pub fn with_widths(mut self, widths: Vec<usize>) -> PlainTable {
        self.fixed = Some(widths);
        self
    }

    /// Appends a row.
    pub fn push(&mut self, row: Vec<Cell>) {
        self.rows.push(row);
    }

    /// Draws the table; every line ends with `\n`.
    pub fn render(&self) -> String {
        let columns = self.header.len();
        let mut widths = vec![0usize; columns];
        let wrapped;
        let (header, rows) = match &self.fixed {
            Some(fixed) if fixed.len() == columns => {
                for (w, f) in widths.iter_mut().zip(fixed) {
                    *w = f.saturating_sub(2).max(1);
                }
                let wrap_row = |row: &Vec<Cell>| -> Vec<Cell> {
                    row.iter()
                        .zip(&widths)
                        .map(|(cell, w)| Cell {
                            text: word_wrap(&cell.text, *w),
                            ..cell.clone()
                        })
                        .collect()
                };
                wrapped = (
                    wrap_row(&self.header),
                    self.rows.iter().map(wrap_row).collect::<Vec<_>>(),
                );
                (&wrapped.0, &wrapped.1)
            }
            _ => {
                for row in std::iter::once(&self.header).chain(self.rows.iter()) {
                    for (i, cell) in row.iter().enumerate().take(columns) {
                        widths[i] = widths[i].max(cell.width());
                    }
                }
                (&self.header, &self.rows)
            }
        };
        let mut out = String::new();
        for (n, row) in std::iter::once(header).chain(rows.iter()).enumerate() {
            if n > 0 {
                out.push('\n');
            }
            let height = row
                .iter()
                .map(|c| c.text.lines().count().max(1))
                .max()
                .unwrap_or(1);
            for l in 0..height {
                let mut line = String::new();
                for (i, w) in widths.iter().enumerate() {
                    let cell = row.get(i);
                    let text = cell.and_then(|c| c.text.lines().nth(l)).unwrap_or("");
                    let align = cell.map_or(Align::Left, |c| c.align);
                    let style = cell.map_or(Style::new(), |c| c.style);
                    line.push(' ');
                    line.push_str(&pad(text, *w, align, style));
                    line.push(' ');
                }
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
        out
    }
}

/// Greedy word wrap to `width` display columns; words longer than a line are cut.
pub fn word_wrap(text: &str, width: usize) -> String {
    let width = width.max(1);
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let mut current = String::new();
        for word in line.split(' ') {
            let mut word = word.to_string();
            loop {
                let used = UnicodeWidthStr::width(current.as_str());
                let need = UnicodeWidthStr::width(word.as_str());
                let sep = usize::from(!current.is_empty());
                if used + sep + need <= width {
                    if sep == 1 {
                        current.push(' ');
                    }
                    current.push_str(&word);
                    break;
                }
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                    continue;
                }
                // A word longer than the line: cut it.
                let cut: String = word.chars().take(width).collect();
                word = word.chars().skip(width).collect();
                out.push(cut);
                if word.is_empty() {
                    break;
                }
            }
        }
        out.push(current);
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_wrap_breaks_on_spaces_and_cuts_long_words() {
        assert_eq!(
            word_wrap("expected 1 to equal 2", 10),
            "expected 1\nto equal 2"
        );
        assert_eq!(word_wrap("abcdefghij", 4), "abcd\nefgh\nij");
        assert_eq!(word_wrap("a\nb c", 10), "a\nb c");
    }

    #[test]
    fn fixed_widths_wrap_cells() {
        let mut t = PlainTable::new(vec![
            Cell::new("#", Align::Right),
            Cell::new("failure", Align::Left),
            Cell::new("detail", Align::Left),
        ])
        .with_widths(vec![4, 10, 12]);
        t.push(vec![
            Cell::new("1.", Align::Right),
            Cell::new("AssertionError", Align::Left),
            Cell::new("expected 1 to equal 2", Align::Left),
        ]);
        let out = t.render();
        assert!(out.lines().all(|l| l.chars().count() <= 26), "{out}");
        assert!(out.contains("to equal 2"), "{out}");
    }

    #[test]
    fn span_rows_widen_the_flexible_columns() {
        let mut t = BoxTable::new(&[Some(25), None, None], false, Style::new());
        t.push(Row::Cells(vec![
            Cell::new("", Align::Right),
            Cell::new("executed", Align::Right),
            Cell::new("  failed", Align::Right),
        ]));
        t.push(Row::Span(Cell::new(
            "average response time: 15ms [min: 3ms, max: 33ms, s.d.: 12ms]",
            Align::Left,
        )));
        let out = t.render();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[0],
            "┌─────────────────────────┬──────────────────┬──────────────────┐"
        );
        assert_eq!(
            lines[1],
            "│                         │         executed │           failed │"
        );
        assert_eq!(
            lines[2],
            "├─────────────────────────┴──────────────────┴──────────────────┤"
        );
        assert_eq!(
            lines[4],
            "└───────────────────────────────────────────────────────────────┘"
        );
    }
}
