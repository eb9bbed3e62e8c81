// What the eval keeps of a profile: the facts each figure needs, small enough to pass between threads.

/** A resume profile's facts: name, roles, years, education, skills, and the document kind fitcheck sees. */
export function summarizeResume(api, doc, asOf, withLines = false) {
  const p = api.analyzeResume(doc, asOf);
  return {
    format: doc.format,
    kind: api.detectKind?.(doc.text) ?? null,
    name: p.name,
    roles: p.roles.map((r) => ({
      title: r.title,
      employer: r.employer,
      start: r.start,
      end: r.end,
      line: r.line,
      internship: !!r.internship,
    })),
    years: p.experience.candidateYears,
    education: p.education.candidate,
    degrees: (p.education.degrees ?? []).map((d) => ({
      level: d.level,
      line: d.evidence.line,
      inProgress: d.inProgress,
    })),
    skills: p.skills.map((s) => s.skill),
    ...(withLines ? { lines: doc.text.split('\n') } : {}),
  };
}

/** A posting profile's facts: title, seniority and its basis when the profile carries one, years, education, knock-outs. */
export function summarizeJob(api, doc) {
  const p = api.analyzeJob(doc);
  const s = p.seniority;
  return {
    kind: api.detectKind?.(doc.text) ?? null,
    title: p.title,
    seniority: s.required,
    basis: basisName(s.basis),
    confidence: s.confidence ?? s.basis?.confidence ?? null,
    seniorityEvidence: s.evidence?.match ?? null,
    requiredYears: p.experience.requiredYears,
    areaYears: (p.experience.perSkill ?? []).length,
    education: p.education.required,
    preferredEducation: p.education.preferred ?? null,
    knockouts: p.knockouts.map((k) => k.kind),
    skills: p.skills.length,
  };
}

/** The seniority basis as a word (title, years, body cue, default), whether the profile gives a word or an object; null when it gives none. */
function basisName(basis) {
  if (basis === undefined || basis === null) return null;
  if (typeof basis !== 'object') return String(basis);
  return String(basis.kind ?? basis.source ?? basis.type ?? basis.name ?? 'given');
}

/** Skills the posting reader finds in each sentence, each with the exact words that matched. */
export function summarizeSkills(api, sentences) {
  return sentences.map((text, i) => {
    try {
      const p = api.analyzeJob({ path: `sentence-${i}`, format: 'text', text, warnings: [] });
      return { skills: p.skills.map((s) => ({ skill: s.skill, matches: s.evidence.map((e) => e.match) })) };
    } catch (err) {
      return { crash: String(err?.message ?? err).split('\n')[0] };
    }
  });
}
