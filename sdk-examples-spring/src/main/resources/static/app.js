// The validation page: uploads a file to POST /api/files, shows the summary and the issues by rule, and
// links the indicator report (POST /api/indicators) through a blob URL. Plain browser JavaScript.
'use strict';

const PAGE_ISSUES = 1000;

const form = document.getElementById('upload');
const statusLine = document.getElementById('status');

function setStatus(text, isError) {
  statusLine.textContent = text;
  statusLine.className = isError ? 'error' : '';
}

function today() {
  const now = new Date();
  const pad = n => String(n).padStart(2, '0');
  return now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
}

async function loadProfiles(selected) {
  const response = await fetch('api/profiles');
  const body = await response.json();
  const select = document.getElementById('profile');
  select.replaceChildren();
  for (const name of body.profiles) {
    const option = document.createElement('option');
    option.value = name;
    option.textContent = name;
    select.appendChild(option);
  }
  if (selected) {
    select.value = selected;
  }
}

function formData(file) {
  const data = new FormData();
  data.append('file', file, file.name || 'upload.jsonl');
  return data;
}

function query(extra) {
  const params = new URLSearchParams({
    profile: document.getElementById('profile').value,
    format: document.getElementById('format').value,
    asOf: document.getElementById('asOf').value
  });
  for (const [key, value] of Object.entries(extra || {})) {
    params.set(key, value);
  }
  return params.toString();
}

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text;
  row.appendChild(td);
}

function render(result) {
  const summary = result.summary;
  document.getElementById('records').textContent = summary.records;
  document.getElementById('valid-records').textContent = summary.validRecords;
  document.getElementById('invalid-records').textContent = summary.invalidRecords;
  document.getElementById('errors').textContent = summary.errors;
  document.getElementById('warnings').textContent = summary.warnings;
  document.getElementById('infos').textContent = summary.infos;
  const byRule = new Map();
  for (const issue of result.issues) {
    const entry = byRule.get(issue.ruleId) || { severity: issue.severity, message: issue.message, lines: [] };
    if (entry.lines.length < 5 && issue.line !== undefined && !entry.lines.includes(issue.line)) {
      entry.lines.push(issue.line);
    }
    byRule.set(issue.ruleId, entry);
  }
  const body = document.querySelector('#rules tbody');
  body.replaceChildren();
  const rules = Object.entries(summary.rules).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  for (const [ruleId, count] of rules) {
    const entry = byRule.get(ruleId) || { severity: '', message: '', lines: [] };
    const row = document.createElement('tr');
    row.className = entry.severity;
    row.dataset.rule = ruleId;
    cell(row, ruleId);
    cell(row, entry.severity);
    cell(row, String(count));
    cell(row, entry.message);
    cell(row, entry.lines.join(', '));
    body.appendChild(row);
  }
  document.getElementById('truncated').hidden = !result.issuesTruncated;
  document.getElementById('results').hidden = false;
}

async function linkIndicators(file) {
  const link = document.getElementById('indicator-link');
  const response = await fetch('api/indicators?' + query(), { method: 'POST', body: formData(file) });
  if (!response.ok) {
    link.hidden = true;
    return;
  }
  const html = await response.blob();
  if (link.href && link.href.startsWith('blob:')) {
    URL.revokeObjectURL(link.href);
  }
  link.href = URL.createObjectURL(html);
  link.hidden = false;
}

async function validate(file) {
  document.body.dataset.state = 'running';
  setStatus('校验中… Validating…', false);
  try {
    const lang = document.getElementById('lang').value;
    const response = await fetch('api/files?' + query({ maxIssues: PAGE_ISSUES }), {
      method: 'POST', body: formData(file), headers: { 'Accept-Language': lang }
    });
    const result = await response.json();
    if (!response.ok) {
      setStatus(result.error || ('HTTP ' + response.status), true);
      document.body.dataset.state = 'failed';
      return;
    }
    render(result);
    await linkIndicators(file);
    setStatus('完成 Done: ' + result.profile + ', ' + result.asOf, false);
    document.body.dataset.state = 'done';
  } catch (e) {
    setStatus('请求失败 Request failed: ' + e.message, true);
    document.body.dataset.state = 'failed';
  }
}

async function sampleFile() {
  const response = await fetch('sample/sample.jsonl');
  const blob = await response.blob();
  return new File([blob], 'sample.jsonl', { type: 'application/x-ndjson' });
}

form.addEventListener('submit', event => {
  event.preventDefault();
  const file = document.getElementById('file').files[0];
  if (!file) {
    setStatus('请选择文件 Choose a file first', true);
    return;
  }
  validate(file);
});

document.getElementById('use-sample').addEventListener('click', async () => {
  document.getElementById('format').value = 'jsonl';
  validate(await sampleFile());
});

// ?sample=1&profile=qinghai&asOf=2025-06-30&lang=en validates the bundled sample on load (for demos and tests).
(async () => {
  const params = new URLSearchParams(location.search);
  document.getElementById('asOf').value = params.get('asOf') || today();
  if (params.get('lang')) {
    document.getElementById('lang').value = params.get('lang');
  }
  await loadProfiles(params.get('profile'));
  if (params.get('sample') === '1') {
    validate(await sampleFile());
  }
})();
