import { describe, expect, it } from 'vitest'
import { findSkills } from './find-skills'
import { loadTaxonomy } from './load-taxonomy'

const taxonomy = loadTaxonomy()

function ids(text: string): string[] {
  return findSkills(text, taxonomy).map((match) => match.skillId)
}

function surfaces(text: string): string[] {
  return findSkills(text, taxonomy).map((match) => `${match.skillId}=${match.surface}`)
}

describe('findSkills: shape of the result', () => {
  it('returns offsets into the original text, sorted and non-overlapping', () => {
    const text = 'Built ML pipelines with Python, Apache Spark and Kubernetes; deployed on AWS.'
    const matches = findSkills(text, taxonomy)
    expect(matches.map((match) => match.skillId)).toEqual([
      'machine-learning',
      'python',
      'apache-spark',
      'kubernetes',
      'aws',
    ])
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe(match.surface)
    for (let index = 1; index < matches.length; index++) {
      expect(matches[index]?.start).toBeGreaterThanOrEqual(matches[index - 1]?.end ?? 0)
    }
  })

  it('lets the longest match win', () => {
    expect(surfaces('Google Cloud Platform and Ruby on Rails')).toEqual([
      'gcp=Google Cloud Platform',
      'rails=Ruby on Rails',
    ])
    expect(surfaces('ASP.NET Core services')).toEqual(['aspnet=ASP.NET Core'])
    expect(surfaces('Spark Streaming jobs')).toEqual(['apache-spark=Spark Streaming'])
  })

  it('never runs a name across commas or brackets', () => {
    expect(surfaces('AWS (S3, EC2)')).toEqual(['aws=AWS', 'aws-s3=S3', 'aws-ec2=EC2'])
    expect(surfaces('machine, learning')).toEqual([])
  })

  it('returns nothing for text without skills', () => {
    expect(findSkills('', taxonomy)).toEqual([])
    expect(ids('We met on Tuesday to talk about the weather.')).toEqual([])
  })
})

describe('findSkills: punctuation in names', () => {
  it('tells C, C++ and C# apart', () => {
    expect(ids('Languages: C, C++, C#')).toEqual(['c', 'cpp', 'csharp'])
    expect(ids('Embedded C/C++ developer')).toEqual(['embedded-c', 'cpp'])
    expect(ids('C/C++ and Python')).toEqual(['c', 'cpp', 'python'])
  })

  it('reads .NET, Node.js, scikit-learn, CI/CD, W&B and A/B testing', () => {
    expect(surfaces('.NET, Node.js, scikit-learn, sklearn, CI/CD, W&B, A/B testing')).toEqual([
      'dotnet=.NET',
      'nodejs=Node.js',
      'scikit-learn=scikit-learn',
      'scikit-learn=sklearn',
      'ci-cd=CI/CD',
      'weights-and-biases=W&B',
      'ab-testing=A/B testing',
    ])
  })

  it('does not read a sentence end followed by "Net" as .NET', () => {
    expect(ids('Grew sales. Net revenue doubled.')).not.toContain('dotnet')
  })

  it('tells Java from JavaScript', () => {
    expect(ids('Java and JavaScript, also Java Script and Java 17')).toEqual([
      'java',
      'javascript',
      'javascript',
      'java',
    ])
  })
})

describe('findSkills: spelling variants', () => {
  it('accepts hyphen, space and joined spellings and plurals', () => {
    expect(ids('micro-services, microservices, micro services, a microservice')).toEqual([
      'microservices',
      'microservices',
      'microservices',
      'microservices',
    ])
    expect(ids('e-commerce and ecommerce')).toEqual(['ecommerce', 'ecommerce'])
    expect(ids('REST APIs and a REST API')).toEqual(['rest-api', 'rest-api'])
    expect(ids('CI-CD, CICD, CI/CD')).toEqual(['ci-cd', 'ci-cd', 'ci-cd'])
  })

  it('maps abbreviations such as k8s', () => {
    expect(ids('k8s and K8S and Kubernetes')).toEqual(['kubernetes', 'kubernetes', 'kubernetes'])
  })

  it('is case-insensitive for ordinary names', () => {
    expect(ids('POSTGRESQL, postgres, PostgreSQL')).toEqual(['postgresql', 'postgresql', 'postgresql'])
  })

  it('ignores accents but keeps the original offsets', () => {
    const text = 'Experiência com Aprendizado de Máquina e aprendizaje automatico.'
    const matches = findSkills(text, taxonomy)
    expect(matches.map((match) => match.skillId)).toEqual(['machine-learning', 'machine-learning'])
    expect(matches[0]?.surface).toBe('Aprendizado de Máquina')
    expect(text.slice(matches[0]?.start, matches[0]?.end)).toBe('Aprendizado de Máquina')
  })

  it('handles decomposed accents (combining marks) without shifting offsets', () => {
    const text = 'Inglés e Espan\u0303ol: espan\u0303ol fluente'
    const matches = findSkills(text, taxonomy)
    expect(matches.map((match) => match.skillId)).toEqual(['english', 'spanish', 'spanish'])
    expect(matches[1]?.surface).toBe('Espan\u0303ol')
  })
})

describe('findSkills: ambiguous words', () => {
  it('reads Go as Golang only in a technical context', () => {
    expect(ids('Services written in Go and Python')).toEqual(['go', 'python'])
    expect(ids('Go/Golang')).toEqual(['go', 'go'])
    expect(ids('Languages: Go, Rust, TypeScript')).toEqual(['go', 'rust', 'typescript'])
    expect(ids('We go to market twice a year. Go to the office.')).toEqual(['go-to-market'])
    expect(ids('Ready to go the extra mile with Python.')).toEqual(['python'])
    expect(ids('Led the go-live of SAP')).toEqual(['sap-erp'])
  })

  it('reads R only as the language in a list or technical context', () => {
    expect(ids('Python, R, SQL')).toEqual(['python', 'r', 'sql'])
    expect(ids('Statistical models in R')).toEqual(['r'])
    expect(ids('John R. Smith, Python developer')).toEqual(['python'])
    expect(ids('R&D department with Python')).toEqual(['research-development', 'python'])
    expect(ids('Rated R.')).toEqual([])
  })

  it('reads C only as the language in a technical context', () => {
    expect(ids('Firmware in C for STM32')).toEqual(['embedded-c', 'c', 'microcontrollers'])
    expect(ids('Reported to C-level executives')).toEqual([])
    expect(ids('Vitamin C and USB-C cables')).toEqual([])
    expect(ids('Mary C. Jones')).toEqual([])
  })

  it('reads Spark, Rust and Swift by context', () => {
    expect(ids('Spark jobs on Databricks')).toEqual(['apache-spark', 'databricks'])
    expect(ids('Spark interest in science')).toEqual([])
    expect(ids('Rust and Go microservices')).toEqual(['rust', 'go', 'microservices'])
    expect(ids('Rust removal and repainting')).toEqual([])
    expect(ids('iOS apps in Swift and SwiftUI')).toEqual(['ios-development', 'swift', 'swiftui'])
    expect(ids('Swift response to customer complaints')).not.toContain('swift')
  })

  it('reads SWIFT as the payments network in a banking context', () => {
    expect(ids('Processed SWIFT transfers and ACH payments')).toEqual(['swift-payments', 'ach'])
  })

  it('reads EMR as medical records unless the context is cloud data', () => {
    expect(ids('Charting in EMR for ICU patients')).toEqual(['medical-records', 'ehr', 'critical-care'])
    expect(ids('Ran Spark on EMR clusters with Airflow')).toEqual(['apache-spark', 'emr', 'airflow'])
  })

  it('reads CRM as crew resource management among aviation skills', () => {
    expect(ids('Salesforce CRM and HubSpot')).toEqual(['salesforce', 'hubspot'])
    expect(ids('CRM, pipeline management')).toEqual(['crm', 'pipeline-management'])
    expect(ids('Airbus A320 first officer trained in CRM')).toEqual(['aircraft-types', 'aviation-safety'])
  })

  it('tells Excel the product from excel the verb', () => {
    expect(ids('Advanced Excel and Power BI')).toEqual(['microsoft-excel', 'power-bi'])
    expect(ids('Excel, Word, PowerPoint')).toEqual([
      'microsoft-excel',
      'microsoft-word',
      'microsoft-powerpoint',
    ])
    expect(ids('Students excel at maths; she excels under pressure')).toEqual([])
    expect(ids('I always excel in fast-paced teams')).toEqual([])
  })

  it('keeps Word, Teams and Access to office-tool contexts', () => {
    expect(ids('In a word, the teams had access to everything')).toEqual([])
    expect(ids('Microsoft Office: Word, Outlook, Teams')).toEqual([
      'microsoft-office',
      'microsoft-word',
      'microsoft-outlook',
      'microsoft-teams',
    ])
  })

  it('reads Sales as a skill but not as a revenue figure', () => {
    expect(ids('Sales grew by 20% and total sales of $2M')).toEqual([])
    expect(ids('Five years of sales experience in B2B sales')).toEqual(['sales', 'b2b-sales'])
    expect(ids('Skills: sales, negotiation')).toEqual(['sales', 'sales-negotiation'])
  })

  it('keeps spoken languages apart from cuisines', () => {
    expect(ids('French cuisine and Italian dishes')).toEqual(['international-cuisine'])
    expect(ids('Fluent French and Italian')).toEqual(['french', 'italian'])
  })

  it('reads React the library but not the verb', () => {
    expect(ids('React, Redux and Next.js')).toEqual(['react', 'redux', 'nextjs'])
    expect(ids('React to incidents quickly')).toEqual([])
  })

  it('reads tool names that are ordinary words only among tools', () => {
    expect(ids('Seasoned chef running a busy kitchen')).toEqual([])
    expect(ids('Chef, Puppet and Ansible for configuration management')).toEqual([
      'chef-infra',
      'puppet',
      'ansible',
      'configuration-management',
    ])
    expect(ids('Python, Airflow, dbt')).toEqual(['python', 'airflow', 'dbt'])
    expect(ids('Improved airflow in the cabin')).toEqual([])
  })
})

describe('findSkills: MLOps vocabulary', () => {
  it('finds experiment tracking, serving and monitoring tools', () => {
    expect(
      ids(
        'MLflow, Weights & Biases, wandb, Neptune, Kubeflow, Seldon, KServe, BentoML, Triton, TorchServe, model serving, model deployment, feature stores, data drift',
      ),
    ).toEqual([
      'mlflow',
      'weights-and-biases',
      'weights-and-biases',
      'neptune',
      'kubeflow',
      'seldon',
      'kserve',
      'bentoml',
      'triton',
      'torchserve',
      'model-serving',
      'model-deployment',
      'feature-store',
      'drift-monitoring',
    ])
  })
})

describe('findSkills: job titles', () => {
  // A title names the discipline its holder practises; without these forms a posting titled "Recruiter" or a
  // resume whose roles are "IT Manager" says nothing about its job family.
  it.each([
    ['Senior Recruiter, Campus Hiring', 'recruiting'],
    ['Corporate Counsel', 'legal-counsel'],
    ['Software Engineer II', 'software-development'],
    ['IT Manager', 'it-management'],
    ['Finance Manager, Retail Division', 'financial-management'],
    ['Head Chef', 'culinary-arts'],
    ['Interior Designer', 'interior-design'],
    ['Hardware Engineer, Wearables', 'hardware-engineering'],
    ['Engenheiro de Software Pleno', 'software-development'],
  ])('reads %s as %s', (title, skillId) => {
    expect(ids(title)).toContain(skillId)
  })

  it('keeps a bare "Chef" in a DevOps context the configuration tool', () => {
    expect(ids('Automated server builds with Chef and Terraform on AWS')).toContain('chef-infra')
    expect(ids('Automated server builds with Chef and Terraform on AWS')).not.toContain('culinary-arts')
  })
})

describe('findSkills: acronyms need capitals, short ones their domain', () => {
  it('does not read an acronym in an ordinary lower-case word of another language', () => {
    // Spanish "sepa" (saber), Portuguese "aí".
    expect(ids('Se valora que sepa trabajar con Excel y Power BI')).not.toContain('sepa')
    expect(ids('Gosta de números? Aí sim, vem com a gente usar Python')).not.toContain(
      'artificial-intelligence',
    )
    expect(ids('Conciliación de cobros SEPA y transferencias')).toContain('sepa')
  })

  it('still reads acronyms a resume or posting writes in lower case beside others of their field', () => {
    expect(ids('Tools: python, sql, aws, docker')).toEqual(expect.arrayContaining(['sql', 'aws']))
    expect(ids('Technical skills\nsql\naws\ngcp\nhtml, css')).toEqual(
      expect.arrayContaining(['sql', 'aws', 'gcp', 'html', 'css']),
    )
    expect(ids('month-end close under gaap and ifrs')).toEqual(expect.arrayContaining(['gaap', 'ifrs']))
    // One lower-case acronym with nothing of its field around it stays a word.
    expect(ids('Buscamos alguien que sepa escuchar al cliente')).not.toContain('sepa')
    // A function word stays that word even beside its namesake's field ("sem" is "without").
    expect(ids('Redação para SEO e anúncios, sem medo de revisar o próprio texto')).not.toContain('sem')
    expect(ids('Campanhas de SEO e SEM no Google Ads')).toContain('sem')
  })

  it('reads a short acronym alias only beside its domain', () => {
    // The Spanish cabin-crew certificate, not TCP/IP.
    expect(ids('Imprescindible certificado TCP en vigor y trato amable con el pasajero')).not.toContain(
      'tcp-ip',
    )
    expect(ids('Troubleshooting TCP, DNS and VLAN issues on branch routers')).toContain('tcp-ip')
    expect(ids('Shipped AI features in Python and TypeScript')).toContain('artificial-intelligence')
    // A role named after the acronym says its field, even in a title read alone.
    expect(ids('HR Shared Services Analyst')).toContain('human-resources')
    expect(ids('AI Engineer')).toContain('artificial-intelligence')
    // So does the acronym already read inside a longer name elsewhere in the text.
    expect(ids('Mobile UX Lead\n\nFive years of UX work for banks')).toContain('ux-design')
  })
})

describe('findSkills: common words inside a capitalised name', () => {
  it('does not read the words of an employer name as skills', () => {
    expect(ids('Pine Ledger is an equal opportunity employer.')).not.toContain('general-ledger')
    expect(ids('Senior accountant at Pine Ledger, Ottawa')).not.toContain('general-ledger')
    expect(ids("Pine Ledger's benefits include a pension plan")).not.toContain('general-ledger')
    expect(ids('Bookkeeper at Summit Tax Partners since 2019')).not.toContain('taxation')
    // The word where it names the skill.
    expect(ids('Ledger reconciliations and month-end close')).toContain('general-ledger')
    expect(ids('Posting journal entries to the ledger')).toContain('general-ledger')
  })
})

describe('findSkills: codes and their series (taxonomy 14)', () => {
  it('needs the domain of a common word read among codes or beside a product name', () => {
    expect(ids('Envio do eSocial (eventos S-1200 e S-2299)')).not.toContain('event-management')
    expect(ids('Planejamento de eventos e feiras')).toContain('event-management')
  })

  it('reads another number of a series of codes filed under one skill as that skill', () => {
    expect(surfaces('Treinamento NR-33 e NR-06 em dia')).toEqual(['osha=NR-33', 'osha=NR-06'])
    // A single code ("W-2") is no series.
    expect(ids('W-4 forms')).toEqual([])
  })
})

describe('findSkills: a lower-case alias written as an acronym', () => {
  it('needs the field of its skill in the text: "CPP" beside payroll deductions is no programming language', () => {
    expect(ids('Remit CPP and EI deductions each pay period')).not.toContain('cpp')
    expect(ids('Write firmware in C, CPP and Rust')).toContain('cpp')
  })

  it('keeps the acronym where its field is named ("SPED" beside differentiated instruction)', () => {
    expect(ids('Taught SPED classes with differentiated instruction')).toContain('special-education')
    expect(ids('Entrega mensal das declarações ao SPED da Receita')).not.toContain('special-education')
  })
})

describe('findSkills: a word after the name of another made thing', () => {
  it('reads "boiler mechanic" as no car repair, while "car mechanic" still is', () => {
    expect(ids('Licensed boiler mechanic')).not.toContain('automotive-repair')
    expect(ids('Experienced car mechanic')).toContain('automotive-repair')
  })
})

describe('findSkills: a word that completes another thing\'s name after "de"', () => {
  it('reads "central de vendas" and "envio de orçamento" as no skill, while "gestión de presupuestos" is one', () => {
    expect(ids('Atendimento na central de vendas')).not.toContain('sales')
    expect(ids('Envio de orçamento aos clientes')).not.toContain('budget-management')
    expect(ids('Gestión de presupuestos anuales')).toContain('budget-management')
    expect(ids('Experiência em vendas')).toContain('sales')
  })
})
