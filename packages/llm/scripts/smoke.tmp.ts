import { findSkills, loadTaxonomy } from '@shortlist/core'
const t = loadTaxonomy()
for (const s of ['Operated k8s clusters for model serving', 'Operated Kubernetes clusters for model serving']) console.log(findSkills(s, t))
console.log([...t.skills.values()].filter(s=>/kube/.test(s.id)))
