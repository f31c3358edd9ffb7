// Shows a case log job's progress without reloading, and reloads once the step is done (its result,
// or the confirmation it needs, is on the page then). Without JavaScript the page's refresh link does this.
const progress = document.getElementById('progress')
if (progress) {
  const url = progress.dataset.progressUrl
  const format = (template, ...values) => values.reduce(
    (text, value, i) => text.replace('{' + i + '}', Number(value).toLocaleString('en-GB')), template)
  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      if (response.ok) {
        const job = await response.json()
        if (!job.working) {
          window.location.reload()
          return
        }
        progress.textContent = job.rowsWritten > 0
          ? format(progress.dataset.writtenText, job.rowsWritten, job.rowsTotal)
          : format(progress.dataset.readText, job.rowsRead)
      }
    } catch (ignored) {
      // The refresh link still works; try again at the next tick.
    }
    window.setTimeout(poll, 2000)
  }
  window.setTimeout(poll, 2000)
}
