import { describe, expect, it } from 'vitest';
import { extractSkills, matchLine } from '../../src/analyze/text/skills.js';
import { jobLines } from '../helpers/paths.js';
import { gluedItems } from '../../src/analyze/text/glued.js';
import { defaultTaxonomy } from '../../src/taxonomy/taxonomy.js';

const skillsOf = (line: string) => matchLine(line, 1).map((m) => m.skill);
const matchesOf = (line: string) => matchLine(line, 1).map((m) => `${m.skill}=${m.evidence.match}`);

describe('skill extraction', () => {
  it('splits the job board glued tag line into skills', () => {
    expect(skillsOf('AWSAzureGoogle Cloud PlatformPythonScalaJava')).toEqual([
      'AWS',
      'Azure',
      'GCP',
      'Python',
      'Scala',
      'Java',
    ]);
  });

  it('reads glued requirement text', () => {
    const line =
      '8+ years of experience in data solutions4+ years programming in PythonScalaor Java3+ years building ML systems2+ years leading ML teamsexperience with cloud platforms (AWSAzureGCP)';
    expect(skillsOf(line)).toEqual([
      'Python',
      'Scala',
      'Java',
      'ML Systems',
      'Leadership',
      'Machine Learning',
      'Cloud Platforms',
      'AWS',
      'Azure',
      'GCP',
    ]);
    expect(
      skillsOf(
        "Master's or doctoral degreeexperience with responsible and explainable AIexperience with production ML systems",
      ),
    ).toEqual(['Responsible AI', 'Explainable AI', 'ML Systems']);
  });

  it('cuts lower-case glued tag lines at known words', () => {
    expect(
      skillsOf(
        'machine learningml engineerdistributed computingbig datadata pipelinescloud platformsawsazuregoogle cloudresponsible aiexplainable aileadershipml systemspythonscalajava',
      ),
    ).toEqual([
      'Machine Learning',
      'Machine Learning',
      'Distributed Computing',
      'Big Data',
      'Data Pipelines',
      'Cloud Platforms',
      'AWS',
      'Azure',
      'GCP',
      'Responsible AI',
      'Explainable AI',
      'Leadership',
      'ML Systems',
      'Python',
      'Scala',
      'Java',
    ]);
    expect(skillsOf('leadershipcollaborationproblem-solvingcommunicationinnovative thinking')).toEqual([
      'Leadership',
      'Collaboration',
      'Problem Solving',
      'Communication',
      'Innovative Thinking',
    ]);
  });

  it('leaves ordinary long words whole', () => {
    expect(skillsOf('Together with the team, we are responsible for understanding customers')).toEqual([]);
  });

  it('keeps punctuation names', () => {
    expect(skillsOf('Experience with C++, C#, .NET, Node.js and CI/CD, scikit-learn')).toEqual([
      'C++',
      'C#',
      '.NET',
      'Node.js',
      'CI/CD',
      'scikit-learn',
    ]);
  });

  it('does not read JavaScript as Java', () => {
    expect(skillsOf('Wrote JavaScript and TypeScript')).toEqual(['JavaScript', 'TypeScript']);
    expect(skillsOf('javascript, Java, JS')).toEqual(['JavaScript', 'Java', 'JavaScript']);
  });

  it('treats case-sensitive short names by case and context', () => {
    expect(skillsOf('I excel at teamwork')).toEqual(['Teamwork']);
    expect(skillsOf('Advanced Excel and R')).toEqual(['Excel', 'R']);
    expect(skillsOf('Python, R and SQL')).toEqual(['Python', 'R', 'SQL']);
    expect(skillsOf('R&D budget; John R. Smith')).toEqual([]);
    expect(skillsOf('Delivered under budget')).toEqual([]);
    expect(skillsOf('C and C++ on microcontrollers')).toEqual(['C', 'C++', 'Embedded Systems']);
    expect(skillsOf('Vitamin C; grade C; C-suite')).toEqual([]);
  });

  it('tells Go, Swift, Spark, Rust, Ruby and Julia from ordinary words', () => {
    expect(skillsOf('Go beyond expectations. Go the extra mile. Let us go.')).toEqual([]);
    expect(skillsOf('Wrote the scheduler in Go')).toEqual(['Go']);
    expect(skillsOf('Go, Python and Rust')).toEqual(['Go', 'Python', 'Rust']);
    expect(skillsOf('Swift response to incidents. Spark joy.')).toEqual([]);
    expect(skillsOf('iOS apps in Swift and Kotlin')).toEqual(['iOS Development', 'Swift', 'Kotlin']);
    expect(skillsOf('Ran jobs on Spark and Hadoop; PySpark')).toEqual(['Apache Spark', 'Hadoop', 'Apache Spark']);
    expect(skillsOf('rust on the pipes')).toEqual([]);
    expect(skillsOf('Ruby Chen')).toEqual([]);
    expect(skillsOf('Senior Ruby developer')).toEqual(['Ruby']);
    expect(skillsOf('Julia Roberts, Chicago')).toEqual([]);
    expect(skillsOf('Numerical code in Julia and Python')).toEqual(['Julia', 'Python']);
    expect(skillsOf('Churn models in SAS; sas')).toEqual(['SAS']);
  });

  it('reads a name that is also a word as the skill when its line is about software', () => {
    // A cue of use before the name, a skill word or a version after it, or a list of skills around it.
    expect(skillsOf('Shipped the checkout in React')).toEqual(['React']);
    expect(skillsOf('strong React skills')).toEqual(['React']);
    expect(skillsOf('Strong React skills, React 18 hooks')).toEqual(['React', 'React']);
    expect(skillsOf('Wrote the billing service in Ruby')).toEqual(['Ruby']);
    expect(skillsOf('Experience with Spring and Hibernate')).toEqual(['Spring Framework', 'Hibernate']);
    expect(skillsOf('Built the endpoints in Express')).toEqual(['Express.js']);
    expect(skillsOf('A small service in Flask')).toEqual(['Flask']);
    expect(skillsOf('The client is written in Dart')).toEqual(['Dart']);
    expect(skillsOf('knowledge of R')).toEqual(['R']);
    expect(skillsOf('proficiency in C')).toEqual(['C']);
    expect(skillsOf('Provisioned the servers with Chef and Puppet')).toEqual(['Chef', 'Puppet']);
    expect(skillsOf('Node and React')).toEqual(['Node.js', 'React']);
    // Any case inside a list of other skills.
    expect(skillsOf('javascript angular reactjs')).toEqual(['JavaScript', 'Angular', 'React']);
    expect(skillsOf('r java nosql')).toEqual(['R', 'Java', 'NoSQL']);
    expect(skillsOf('c/c++ and python')).toEqual(['C', 'C++', 'Python']);
    expect(skillsOf('java spring hibernate')).toEqual(['Java', 'Spring Framework', 'Hibernate']);
  });

  it('leaves the same names alone when the line uses the ordinary word', () => {
    expect(skillsOf('React to incidents quickly')).toEqual([]);
    expect(skillsOf('We react to incidents and spring into action')).toEqual([]);
    expect(skillsOf('Graduating in Spring 2021')).toEqual([]);
    expect(skillsOf('Lab assistant, Spring semester')).toEqual([]);
    expect(skillsOf('In Spring, the team plants trees')).toEqual([]);
    expect(skillsOf('Head Chef; sous chef in a busy kitchen')).toEqual([]);
    expect(skillsOf('Chef with ten years in restaurants')).toEqual([]);
    expect(skillsOf('Ruby Chen, Spring Street')).toEqual([]);
    expect(skillsOf('Claims at American Express and Express Scripts')).toEqual([]);
    expect(skillsOf('express interest in the role; go to the office')).toEqual([]);
    expect(skillsOf('A glass flask and a beaker on the lab bench')).toEqual([]);
    expect(skillsOf('a puppet show for children')).toEqual([]);
    expect(skillsOf('selenium and zinc supplements')).toEqual([]);
    expect(skillsOf('lambda expressions')).toEqual([]);
    // A word in a list that holds no skill stays a word.
    expect(skillsOf('options a, b, c or d')).toEqual([]);
  });

  it('reads surface forms of one skill as that skill', () => {
    expect(matchesOf('SciKit Learn, Objective C')).toEqual(['scikit-learn=SciKit Learn', 'Objective-C=Objective C']);
    expect(skillsOf('Objective C')).not.toContain('C');
    expect(skillsOf('Hadoop/Spark SQL')).toEqual(['Hadoop', 'Apache Spark']);
    expect(skillsOf('Python 3 and Angular 14')).toEqual(['Python', 'Angular']);
    // Letters of other alphabets belong to their word: no skill inside "Glücklichkeit" or "Straße".
    expect(skillsOf('Glücklichkeit, Straße')).toEqual([]);
    expect(skillsOf('Fluent in Español')).toEqual(['Spanish']);
    // A version glued to a known name, and DB for database inside a name.
    expect(skillsOf('symfony2, Angular14')).toEqual(['Symfony', 'Angular']);
    expect(skillsOf('Relational DBs and graph DBs')).toEqual(['SQL Databases', 'Graph Databases']);
    // Punctuation that tokenised text writes apart from its name is read with it; the text as written is the evidence.
    expect(matchesOf('Services in . NET Core and C #')).toEqual(['.NET=. NET Core', 'C#=C #']);
    expect(matchesOf('Node . js services, ASP . NET pages, C + + drivers')).toEqual([
      'Node.js=Node . js',
      'ASP.NET=ASP . NET',
      'C++=C + +',
    ]);
    expect(skillsOf('( . net 6 ) on Azure')).toEqual(['.NET', 'Azure']);
    // A full stop that touches its word ends the sentence: "Net" after it is a word, and "R. Net" no name.
    expect(skillsOf('Revenue grew in Java. Net income fell')).toEqual(['Java']);
    expect(skillsOf('Trips to Node . The office')).toEqual([]);
    // A connector at the end of a line joins nothing (this once threw).
    expect(skillsOf('tools like Tableau, Power BI, or')).toEqual(['Tableau', 'Power BI']);
  });

  it('reads disciplines a posting asks for, not the everyday word', () => {
    expect(skillsOf('PhD in Biochemistry or Immunology; RNA-seq')).toEqual(['Biochemistry', 'Immunology', 'RNA-seq']);
    expect(skillsOf('Great team chemistry')).toEqual([]);
  });

  it('does not read job titles or employer boilerplate as skills', () => {
    expect(skillsOf('Senior Software Developer, Project Manager')).toEqual([]);
    expect(skillsOf('An innovative company with a collaborative environment')).toEqual([]);
    expect(skillsOf('software development and project management')).toEqual([
      'Software Engineering',
      'Project Management',
    ]);
  });

  it('does not read benefits, the hiring process or word fragments as skills', () => {
    expect(skillsOf('Perks: private healthcare, a pension, Healthcare and Insurance Plans')).toEqual([]);
    expect(skillsOf('Tell us of any adjustments to our recruitment process; our HR team replies')).toEqual([]);
    expect(skillsOf('Experience in healthcare IT; own the recruitment process end to end')).toEqual([
      'Healthcare',
      'Recruiting',
    ]);
    // A glued line ("NodeJs") cuts unknown words at known ones, but a short name-start inside a word is a fragment.
    expect(skillsOf('Used various NodeJs tools')).toEqual(['Node.js']);
    expect(skillsOf('VaR models in Python; var x = 1')).toEqual(['Market Risk', 'Python']);
    expect(skillsOf('bi-weekly demos of our BI work')).toEqual(['Business Intelligence']);
    expect(skillsOf('bi-weekly demos')).toEqual([]);
  });

  it('does not take "lead" for a skill, only leading people', () => {
    expect(skillsOf('Senior Lead Machine Learning Engineer')).toEqual(['Machine Learning']);
    expect(skillsOf('Lead ML team efforts')).toEqual(['Leadership', 'Machine Learning']);
    expect(skillsOf('Led a team of 6 engineers')).toEqual(['Leadership']);
    expect(skillsOf('Lead generation campaigns')).toEqual(['Lead Generation']);
    expect(skillsOf('lead to better outcomes')).toEqual([]);
  });

  it('knows spoken languages only when the sentence is about languages', () => {
    expect(skillsOf('Fluent in Spanish and English')).toEqual(['Spanish', 'English']);
    expect(skillsOf('English literature degree. Polish the UI.')).toEqual(['UI Design']);
  });

  it('matches aliases and abbreviations to one canonical skill', () => {
    expect(skillsOf('GCP')).toEqual(['GCP']);
    expect(skillsOf('Google Cloud Platform')).toEqual(['GCP']);
    expect(skillsOf('k8s and sklearn')).toEqual(['Kubernetes', 'scikit-learn']);
    expect(skillsOf('ML, NLP, XAI and HPO')).toEqual([
      'Machine Learning',
      'Natural Language Processing',
      'Explainable AI',
      'Hyperparameter Tuning',
    ]);
    expect(skillsOf('Amazon Web Services, MS Excel, Postgres, golang')).toEqual(['AWS', 'Excel', 'PostgreSQL', 'Go']);
  });

  it('reads TF as TensorFlow only when the context says so', () => {
    expect(skillsOf('Trained CNNs in TF and Keras')).toEqual(['Convolutional Neural Networks', 'TensorFlow', 'Keras']);
    expect(skillsOf('TF grants were approved')).toEqual([]);
  });

  it('matches multi-word skills through inflections and small words', () => {
    expect(matchesOf('Design and deploy ML models')).toEqual([
      'Model Deployment=deploy ML models',
      'Machine Learning=ML',
    ]);
    expect(skillsOf('deployed models to production')).toEqual(['Model Deployment']);
    expect(skillsOf('deploying machine learning models')).toEqual(['Model Deployment', 'Machine Learning']);
    expect(skillsOf('optimised hyper-parameter tuning and modelling')).toEqual(['Hyperparameter Tuning']);
    expect(skillsOf('optimized the checkout page')).toEqual([]);
  });

  it('splits coordinated skills', () => {
    expect(matchesOf('experience with responsible and explainable AI')).toEqual([
      'Responsible AI=responsible and explainable AI',
      'Explainable AI=explainable AI',
    ]);
    expect(skillsOf('model development and deployment')).toEqual(['Model Development', 'Model Deployment']);
    expect(skillsOf('model monitoring, validation and retraining')).toEqual([
      'Model Monitoring',
      'Model Validation',
      'Model Retraining',
    ]);
    expect(skillsOf('Python, Scala, or Java')).toEqual(['Python', 'Scala', 'Java']);
    expect(skillsOf('deep and machine learning')).toEqual(['Deep Learning', 'Machine Learning']);
    // Only kin skills share words: these are not "reliability engineering" or "technical support".
    expect(skillsOf('improve performance and reliability, and mentor engineers')).toEqual(['Mentoring']);
    expect(skillsOf('contributing to technical roadmaps and supporting improvement')).toEqual(['Technical Roadmaps']);
  });

  it('knows design patterns by name beside the word pattern, and not the ordinary nouns', () => {
    expect(skillsOf('Design patterns: Factory, Builder and Observer')).toEqual([
      'Design Patterns',
      'Factory Pattern',
      'Builder Pattern',
      'Observer Pattern',
    ]);
    expect(skillsOf('Factory floor shifts; a builder of teams')).toEqual([]);
    // An observer is not observability, nor an adapter adaptability.
    expect(skillsOf('observability with Prometheus')).toEqual(['Observability', 'Prometheus']);
    expect(skillsOf('An observer at the board meeting')).toEqual([]);
    expect(skillsOf('Power adapters for the lab')).toEqual([]);
  });

  it('reads tool names that are also words only beside their kind of work', () => {
    expect(skillsOf('Agile practices such as XP and TDD')).toEqual([
      'Agile',
      'Extreme Programming',
      'Test-Driven Development',
    ]);
    expect(skillsOf('Laptops still on Windows XP')).toEqual([]);
    expect(skillsOf('Pipelines in Drone and Jenkins')).toEqual(['Drone CI', 'Jenkins']);
    expect(skillsOf('Drone pilot for aerial photos')).toEqual([]);
    expect(skillsOf('Juniper switches and BGP')).toEqual(['Junos', 'BGP']);
    expect(skillsOf('Juniper berries in the gin')).toEqual([]);
    expect(skillsOf('Persistence with Core Data and Swift')).toEqual(['Core Data', 'Swift']);
    expect(skillsOf('core data skills for analysts')).toEqual([]);
    expect(skillsOf('SONAR, Maven and Git')).toEqual(['SonarQube', 'Maven', 'Git']);
    expect(skillsOf('sonar equipment for ships')).toEqual([]);
    expect(skillsOf('agents for windows mac linux')).toEqual(['macOS', 'Linux']);
    expect(skillsOf('a Big Mac and fries')).toEqual([]);
    expect(skillsOf('Keil and IAR for ARM firmware')).toContain('Keil');
    expect(skillsOf('Office on Keil Street')).toEqual([]);
  });

  it('knows platform, runtime and process names that were missing', () => {
    expect(skillsOf('Tuning the JVM; Mainframe/IBM iSeries batches')).toEqual(['JVM', 'Mainframe', 'IBM i']);
    expect(skillsOf('Client-/Server technologies')).toEqual(['Client-Server Architecture']);
    expect(skillsOf('a client, server and host')).toEqual([]);
    expect(skillsOf('daily stand-ups and sprint retrospectives')).toEqual(['Daily Stand-up', 'Sprint Retrospectives']);
    expect(skillsOf('the Atlassian toolset')).toEqual(['Atlassian Suite']);
    expect(skillsOf('authn and authz for the API')).toContain('Identity and Access Management');
    expect(skillsOf('Dev/Sec Ops culture')).toEqual(['DevOps']);
    expect(skillsOf('STUN/TURN with Coturn for WebRTC')).toEqual(['STUN/TURN', 'Coturn', 'WebRTC']);
    expect(skillsOf('stun the crowd')).toEqual([]);
  });

  it('reads short capitals as a skill only beside their field', () => {
    expect(skillsOf('MSc in Computer Science or EE')).toEqual(['Computer Science', 'Electrical Engineering']);
    expect(skillsOf('EE and fries')).toEqual([]);
    expect(skillsOf('Spring framework ( DI Security Scheduling )')).toEqual([
      'Spring Framework',
      'Dependency Injection',
    ]);
    expect(skillsOf('DI and inclusion')).toEqual([]);
    expect(skillsOf('analytics and MVT')).toEqual(['Data Analysis', 'A/B Testing']);
    expect(skillsOf('MVT')).toEqual([]);
    // A name that is no English word needs no support even at the start of a sentence.
    expect(skillsOf('Bluetooth stack knowledge is a plus')).toEqual(['Bluetooth']);
  });

  it('does not read people or a sector adjective as the skill they sound like', () => {
    expect(skillsOf('Meet key decision makers in the pharmaceutical industry')).toEqual([]);
    expect(skillsOf('Power distribution systems for the grid')).toEqual([]);
    expect(skillsOf('distributed systems, decision-making, pharmaceutical sciences')).toEqual([
      'Distributed Computing',
      'Decision Making',
      'Pharmacology',
    ]);
  });

  it('cuts an "or" off a glued name only when the name is spelled as a skill', () => {
    const tax = defaultTaxonomy();
    expect(gluedItems('Stack: PythonScalaor Java, CloudSearch, BigQuery, DynamoDB', tax)).toEqual([
      'Stack: PythonScala or Java, CloudSearch, BigQuery, DynamoDB',
    ]);
    // "Inspector" and "Monitor" end in "or" and stem like skills (inspection, monitoring), but are words of their own.
    expect(gluedItems('Tools: GhostInspector BrowserStack CloudSearch BigQuery', tax)).toEqual([
      'Tools: GhostInspector BrowserStack CloudSearch BigQuery',
    ]);
  });

  it('knows data tools and lab techniques the coverage script found missing, one entry each', () => {
    expect(skillsOf('Sqoop and Oozie jobs; Map/Reduce on Hadoop')).toEqual([
      'Apache Sqoop',
      'Apache Oozie',
      'Hadoop MapReduce',
      'Hadoop',
    ]);
    expect(skillsOf('Reports in Cognos or Spotfire')).toEqual(['IBM Cognos', 'TIBCO Spotfire']);
    expect(skillsOf('statistics in JMP')).toEqual(['Statistics', 'JMP']);
    expect(skillsOf('JMP to the next step')).toEqual([]);
    expect(skillsOf('HPLC, ELISA and western blot under GMP')).toEqual([
      'HPLC',
      'ELISA',
      'Western Blotting',
      'Good Manufacturing Practice',
    ]);
  });

  it('does not let stems make false friends', () => {
    expect(skillsOf('Community volunteer; Present; Northwind Bank; Hadoop cluster; electronics retailer')).toEqual([
      'Hadoop',
    ]);
    expect(skillsOf('Adobe InDesign; designing in design reviews')).toEqual(['Adobe InDesign']);
  });

  it('finds the board tags of the first seed posting, with line evidence', () => {
    const lines = jobLines('discover-senior-lead-ml-engineer');
    const hits = extractSkills(lines);
    const names = hits.map((h) => h.skill);
    for (const tag of [
      'Python',
      'Scala',
      'Java',
      'Machine Learning',
      'ML Systems',
      'Distributed Computing',
      'Model Deployment',
      'Hyperparameter Tuning',
      'Model Validation',
      'Big Data',
      'Data Pipelines',
      'Cloud Platforms',
      'AWS',
      'Azure',
      'GCP',
      'Responsible AI',
      'Explainable AI',
    ]) {
      expect(names).toContain(tag);
    }
    for (const hit of hits) {
      for (const e of hit.evidence) {
        expect(lines[e.line - 1]).toBe(e.text);
        expect(e.text).toContain(e.match);
      }
    }
  });
});
