export interface PopupRow {
  label: string
  value: string
}

/**
 * Builds popup content from text only: every string goes through `textContent`, so data can never inject HTML.
 * @param title - heading, e.g. the division name
 * @param rows - label/value pairs
 * @returns a detached element for `Popup.setDOMContent`
 * @example
 * buildPopupContent('<b>咸安区</b>', []).querySelector('h3')?.textContent // = '<b>咸安区</b>' (shown literally)
 */
export function buildPopupContent(title: string, rows: PopupRow[]): HTMLElement {
  const root = document.createElement('div')
  root.className = 'app-popup'
  const heading = document.createElement('h3')
  heading.textContent = title
  root.append(heading)
  const list = document.createElement('dl')
  for (const row of rows) {
    const dt = document.createElement('dt')
    dt.textContent = row.label
    const dd = document.createElement('dd')
    dd.textContent = row.value
    list.append(dt, dd)
  }
  root.append(list)
  return root
}
